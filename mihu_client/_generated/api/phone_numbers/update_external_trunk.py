from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number_trunk_update_request import PhoneNumberTrunkUpdateRequest
from ...models.update_external_trunk_response_200 import UpdateExternalTrunkResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: PhoneNumberTrunkUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/phone-numbers/trunks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateExternalTrunkResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateExternalTrunkResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateExternalTrunkResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkUpdateRequest,
) -> Response[Any | UpdateExternalTrunkResponse200]:
    """Update an external trunk

     Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
    are and empty SIP strings clear a credential.

    Args:
        body (PhoneNumberTrunkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateExternalTrunkResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkUpdateRequest,
) -> Any | UpdateExternalTrunkResponse200 | None:
    """Update an external trunk

     Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
    are and empty SIP strings clear a credential.

    Args:
        body (PhoneNumberTrunkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateExternalTrunkResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkUpdateRequest,
) -> Response[Any | UpdateExternalTrunkResponse200]:
    """Update an external trunk

     Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
    are and empty SIP strings clear a credential.

    Args:
        body (PhoneNumberTrunkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateExternalTrunkResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PhoneNumberTrunkUpdateRequest,
) -> Any | UpdateExternalTrunkResponse200 | None:
    """Update an external trunk

     Partially edits an external trunk located by phone_number plus channel; omitted fields stay as they
    are and empty SIP strings clear a credential.

    Args:
        body (PhoneNumberTrunkUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateExternalTrunkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
