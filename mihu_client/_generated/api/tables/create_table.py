from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_table_body import CreateTableBody
from ...models.create_table_response_201 import CreateTableResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTableBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/data/tables",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateTableResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateTableResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTableResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTableBody,
) -> Response[CreateTableResponse201]:
    """Create an empty table with a column schema

     Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
    afterwards through the record endpoints and connect it to an agent with the assign endpoint.

    Args:
        body (CreateTableBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTableResponse201]
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
    body: CreateTableBody,
) -> CreateTableResponse201 | None:
    """Create an empty table with a column schema

     Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
    afterwards through the record endpoints and connect it to an agent with the assign endpoint.

    Args:
        body (CreateTableBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTableResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTableBody,
) -> Response[CreateTableResponse201]:
    """Create an empty table with a column schema

     Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
    afterwards through the record endpoints and connect it to an agent with the assign endpoint.

    Args:
        body (CreateTableBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTableResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTableBody,
) -> CreateTableResponse201 | None:
    """Create an empty table with a column schema

     Creates a new custom table with no rows, defined by the list of typed columns you send. Fill it
    afterwards through the record endpoints and connect it to an agent with the assign endpoint.

    Args:
        body (CreateTableBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTableResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
