from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_action_log_response_200 import GetActionLogResponse200
from ...models.get_action_log_type import GetActionLogType
from ...types import Response


def _get_kwargs(
    type_: GetActionLogType,
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/logs/actions/{type_}/{uuid}".format(
            type_=quote(str(type_), safe=""),
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetActionLogResponse200 | None:
    if response.status_code == 200:
        response_200 = GetActionLogResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetActionLogResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_: GetActionLogType,
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[GetActionLogResponse200]:
    """Get full detail for a single action execution

     Fetches one entry of the agent actions log, including the raw request/response payloads, error text
    and timing. Use the uuid and type from the actions list.

    Args:
        type_ (GetActionLogType):
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetActionLogResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        uuid=uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    type_: GetActionLogType,
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> GetActionLogResponse200 | None:
    """Get full detail for a single action execution

     Fetches one entry of the agent actions log, including the raw request/response payloads, error text
    and timing. Use the uuid and type from the actions list.

    Args:
        type_ (GetActionLogType):
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetActionLogResponse200
    """

    return sync_detailed(
        type_=type_,
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    type_: GetActionLogType,
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[GetActionLogResponse200]:
    """Get full detail for a single action execution

     Fetches one entry of the agent actions log, including the raw request/response payloads, error text
    and timing. Use the uuid and type from the actions list.

    Args:
        type_ (GetActionLogType):
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetActionLogResponse200]
    """

    kwargs = _get_kwargs(
        type_=type_,
        uuid=uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    type_: GetActionLogType,
    uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> GetActionLogResponse200 | None:
    """Get full detail for a single action execution

     Fetches one entry of the agent actions log, including the raw request/response payloads, error text
    and timing. Use the uuid and type from the actions list.

    Args:
        type_ (GetActionLogType):
        uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetActionLogResponse200
    """

    return (
        await asyncio_detailed(
            type_=type_,
            uuid=uuid,
            client=client,
        )
    ).parsed
