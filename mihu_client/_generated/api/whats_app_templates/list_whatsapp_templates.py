from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_whatsapp_templates_response_200 import ListWhatsappTemplatesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["waba_id"] = waba_id

    params["active_only"] = active_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/whatsapp/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListWhatsappTemplatesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListWhatsappTemplatesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ListWhatsappTemplatesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> Response[Any | ListWhatsappTemplatesResponse200]:
    """List WhatsApp templates

     Templates of a linked WABA, optionally only the approved ones.

    Args:
        waba_id (str | Unset):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListWhatsappTemplatesResponse200]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        active_only=active_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> Any | ListWhatsappTemplatesResponse200 | None:
    """List WhatsApp templates

     Templates of a linked WABA, optionally only the approved ones.

    Args:
        waba_id (str | Unset):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListWhatsappTemplatesResponse200
    """

    return sync_detailed(
        client=client,
        waba_id=waba_id,
        active_only=active_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> Response[Any | ListWhatsappTemplatesResponse200]:
    """List WhatsApp templates

     Templates of a linked WABA, optionally only the approved ones.

    Args:
        waba_id (str | Unset):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListWhatsappTemplatesResponse200]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        active_only=active_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> Any | ListWhatsappTemplatesResponse200 | None:
    """List WhatsApp templates

     Templates of a linked WABA, optionally only the approved ones.

    Args:
        waba_id (str | Unset):
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListWhatsappTemplatesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            waba_id=waba_id,
            active_only=active_only,
        )
    ).parsed
