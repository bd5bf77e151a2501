from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_table_record_response_200 import DeleteTableRecordResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    record: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/data/{uuid}/records/{record}".format(
            uuid=quote(str(uuid), safe=""),
            record=quote(str(record), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTableRecordResponse200 | None:
    if response.status_code == 200:
        response_200 = DeleteTableRecordResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteTableRecordResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    record: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTableRecordResponse200]:
    """Delete a record from a table

     Removes one row from a table.

    Args:
        uuid (UUID):
        record (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTableRecordResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        record=record,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    record: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTableRecordResponse200 | None:
    """Delete a record from a table

     Removes one row from a table.

    Args:
        uuid (UUID):
        record (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTableRecordResponse200
    """

    return sync_detailed(
        uuid=uuid,
        record=record,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    record: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteTableRecordResponse200]:
    """Delete a record from a table

     Removes one row from a table.

    Args:
        uuid (UUID):
        record (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTableRecordResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        record=record,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    record: str,
    *,
    client: AuthenticatedClient,
) -> DeleteTableRecordResponse200 | None:
    """Delete a record from a table

     Removes one row from a table.

    Args:
        uuid (UUID):
        record (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTableRecordResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            record=record,
            client=client,
        )
    ).parsed
