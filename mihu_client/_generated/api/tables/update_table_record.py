from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_table_record_body import UpdateTableRecordBody
from ...models.update_table_record_response_200 import UpdateTableRecordResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    record: str,
    *,
    body: UpdateTableRecordBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/data/{uuid}/records/{record}".format(
            uuid=quote(str(uuid), safe=""),
            record=quote(str(record), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateTableRecordResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateTableRecordResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateTableRecordResponse200]:
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
    body: UpdateTableRecordBody,
) -> Response[UpdateTableRecordResponse200]:
    """Update a record of a table

     Changes the values of an existing row in a table.

    Args:
        uuid (UUID):
        record (str):
        body (UpdateTableRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTableRecordResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        record=record,
        body=body,
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
    body: UpdateTableRecordBody,
) -> UpdateTableRecordResponse200 | None:
    """Update a record of a table

     Changes the values of an existing row in a table.

    Args:
        uuid (UUID):
        record (str):
        body (UpdateTableRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTableRecordResponse200
    """

    return sync_detailed(
        uuid=uuid,
        record=record,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    record: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTableRecordBody,
) -> Response[UpdateTableRecordResponse200]:
    """Update a record of a table

     Changes the values of an existing row in a table.

    Args:
        uuid (UUID):
        record (str):
        body (UpdateTableRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTableRecordResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        record=record,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    record: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTableRecordBody,
) -> UpdateTableRecordResponse200 | None:
    """Update a record of a table

     Changes the values of an existing row in a table.

    Args:
        uuid (UUID):
        record (str):
        body (UpdateTableRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTableRecordResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            record=record,
            client=client,
            body=body,
        )
    ).parsed
