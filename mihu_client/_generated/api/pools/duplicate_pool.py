from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.duplicate_pool_response_201 import DuplicatePoolResponse201
from ...models.pool_duplicate_request import PoolDuplicateRequest
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: PoolDuplicateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools/{uuid}/duplicate".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DuplicatePoolResponse201 | None:
    if response.status_code == 201:
        response_201 = DuplicatePoolResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DuplicatePoolResponse201]:
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
    body: PoolDuplicateRequest,
) -> Response[DuplicatePoolResponse201]:
    """Duplicate a pool, optionally copying its contacts

     Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
    with its original priority. The reply includes how many members were copied.

    Args:
        uuid (UUID):
        body (PoolDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicatePoolResponse201]
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
    body: PoolDuplicateRequest,
) -> DuplicatePoolResponse201 | None:
    """Duplicate a pool, optionally copying its contacts

     Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
    with its original priority. The reply includes how many members were copied.

    Args:
        uuid (UUID):
        body (PoolDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicatePoolResponse201
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
    body: PoolDuplicateRequest,
) -> Response[DuplicatePoolResponse201]:
    """Duplicate a pool, optionally copying its contacts

     Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
    with its original priority. The reply includes how many members were copied.

    Args:
        uuid (UUID):
        body (PoolDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DuplicatePoolResponse201]
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
    body: PoolDuplicateRequest,
) -> DuplicatePoolResponse201 | None:
    """Duplicate a pool, optionally copying its contacts

     Clones a pool's configuration into a new pool, by default also re-adding every member as Pending
    with its original priority. The reply includes how many members were copied.

    Args:
        uuid (UUID):
        body (PoolDuplicateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DuplicatePoolResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
