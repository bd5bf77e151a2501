from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pool_update_request import PoolUpdateRequest
from ...models.update_pool_response_200 import UpdatePoolResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: PoolUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/pools/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdatePoolResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdatePoolResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdatePoolResponse200]:
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
    body: PoolUpdateRequest,
) -> Response[UpdatePoolResponse200]:
    """Update a pool

     Edits a pool's name, description, dispatch type, parallel cap, retry ceiling or active flag. Items
    already in flight keep their state; only later dispatches follow the new settings.

    Args:
        uuid (UUID):
        body (PoolUpdateRequest): Partial update; only supplied keys change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdatePoolResponse200]
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
    body: PoolUpdateRequest,
) -> UpdatePoolResponse200 | None:
    """Update a pool

     Edits a pool's name, description, dispatch type, parallel cap, retry ceiling or active flag. Items
    already in flight keep their state; only later dispatches follow the new settings.

    Args:
        uuid (UUID):
        body (PoolUpdateRequest): Partial update; only supplied keys change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdatePoolResponse200
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
    body: PoolUpdateRequest,
) -> Response[UpdatePoolResponse200]:
    """Update a pool

     Edits a pool's name, description, dispatch type, parallel cap, retry ceiling or active flag. Items
    already in flight keep their state; only later dispatches follow the new settings.

    Args:
        uuid (UUID):
        body (PoolUpdateRequest): Partial update; only supplied keys change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdatePoolResponse200]
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
    body: PoolUpdateRequest,
) -> UpdatePoolResponse200 | None:
    """Update a pool

     Edits a pool's name, description, dispatch type, parallel cap, retry ceiling or active flag. Items
    already in flight keep their state; only later dispatches follow the new settings.

    Args:
        uuid (UUID):
        body (PoolUpdateRequest): Partial update; only supplied keys change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdatePoolResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
