from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_external_trunk_channel import DeleteExternalTrunkChannel
from ...models.delete_external_trunk_response_200 import DeleteExternalTrunkResponse200
from ...types import UNSET, Response


def _get_kwargs(
    *,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["phone_number"] = phone_number

    json_channel = channel.value
    params["channel"] = json_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/phone-numbers/trunks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteExternalTrunkResponse200 | None:
    if response.status_code == 200:
        response_200 = DeleteExternalTrunkResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteExternalTrunkResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> Response[Any | DeleteExternalTrunkResponse200]:
    """Delete an external trunk

     Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
    Call once per channel to remove every binding.

    Args:
        phone_number (str):
        channel (DeleteExternalTrunkChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteExternalTrunkResponse200]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        channel=channel,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> Any | DeleteExternalTrunkResponse200 | None:
    """Delete an external trunk

     Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
    Call once per channel to remove every binding.

    Args:
        phone_number (str):
        channel (DeleteExternalTrunkChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteExternalTrunkResponse200
    """

    return sync_detailed(
        client=client,
        phone_number=phone_number,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> Response[Any | DeleteExternalTrunkResponse200]:
    """Delete an external trunk

     Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
    Call once per channel to remove every binding.

    Args:
        phone_number (str):
        channel (DeleteExternalTrunkChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteExternalTrunkResponse200]
    """

    kwargs = _get_kwargs(
        phone_number=phone_number,
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    phone_number: str,
    channel: DeleteExternalTrunkChannel,
) -> Any | DeleteExternalTrunkResponse200 | None:
    """Delete an external trunk

     Removes the agent binding of an external trunk for one channel; nothing is released at a carrier.
    Call once per channel to remove every binding.

    Args:
        phone_number (str):
        channel (DeleteExternalTrunkChannel):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteExternalTrunkResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            phone_number=phone_number,
            channel=channel,
        )
    ).parsed
