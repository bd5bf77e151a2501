from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_number_update_channel_settings_request import PhoneNumberUpdateChannelSettingsRequest
from ...models.update_phone_number_channel_settings_response_200 import UpdatePhoneNumberChannelSettingsResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: PhoneNumberUpdateChannelSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/phone-numbers/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdatePhoneNumberChannelSettingsResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdatePhoneNumberChannelSettingsResponse200.from_dict(response.json())

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
) -> Response[Any | UpdatePhoneNumberChannelSettingsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdateChannelSettingsRequest,
) -> Response[Any | UpdatePhoneNumberChannelSettingsResponse200]:
    """Update channel settings

     Changes the voice, SMS and inbound channel settings (enabled flag, concurrency limit, allowed
    destination countries) of one owned number.

    Args:
        uuid (UUID):
        body (PhoneNumberUpdateChannelSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdatePhoneNumberChannelSettingsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdateChannelSettingsRequest,
) -> Any | UpdatePhoneNumberChannelSettingsResponse200 | None:
    """Update channel settings

     Changes the voice, SMS and inbound channel settings (enabled flag, concurrency limit, allowed
    destination countries) of one owned number.

    Args:
        uuid (UUID):
        body (PhoneNumberUpdateChannelSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdatePhoneNumberChannelSettingsResponse200
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdateChannelSettingsRequest,
) -> Response[Any | UpdatePhoneNumberChannelSettingsResponse200]:
    """Update channel settings

     Changes the voice, SMS and inbound channel settings (enabled flag, concurrency limit, allowed
    destination countries) of one owned number.

    Args:
        uuid (UUID):
        body (PhoneNumberUpdateChannelSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdatePhoneNumberChannelSettingsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: PhoneNumberUpdateChannelSettingsRequest,
) -> Any | UpdatePhoneNumberChannelSettingsResponse200 | None:
    """Update channel settings

     Changes the voice, SMS and inbound channel settings (enabled flag, concurrency limit, allowed
    destination countries) of one owned number.

    Args:
        uuid (UUID):
        body (PhoneNumberUpdateChannelSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdatePhoneNumberChannelSettingsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
