from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_pool_response_201 import CreatePoolResponse201
from ...models.pool_create_request import PoolCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PoolCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreatePoolResponse201 | None:
    if response.status_code == 201:
        response_201 = CreatePoolResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePoolResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PoolCreateRequest,
) -> Response[CreatePoolResponse201]:
    """Create a contact pool

     Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
    add-contacts call and attach it to a campaign.

    Args:
        body (PoolCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePoolResponse201]
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
    body: PoolCreateRequest,
) -> CreatePoolResponse201 | None:
    """Create a contact pool

     Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
    add-contacts call and attach it to a campaign.

    Args:
        body (PoolCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePoolResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PoolCreateRequest,
) -> Response[CreatePoolResponse201]:
    """Create a contact pool

     Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
    add-contacts call and attach it to a campaign.

    Args:
        body (PoolCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePoolResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PoolCreateRequest,
) -> CreatePoolResponse201 | None:
    """Create a contact pool

     Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
    add-contacts call and attach it to a campaign.

    Args:
        body (PoolCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePoolResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
