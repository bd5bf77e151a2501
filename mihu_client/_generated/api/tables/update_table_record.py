from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.update_table_record_body import UpdateTableRecordBody
from ...models.update_table_record_response_200 import UpdateTableRecordResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


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
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            record=path_segment(record, "record"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, UpdateTableRecordBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateTableRecordResponse200:
    data = json_document(response)
    response_200: UpdateTableRecordResponse200
    if data.__class__ is dict:
        response_200 = UpdateTableRecordResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_table_record response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateTableRecordResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    record: str,
    *,
    client: ApiClient,
    body: UpdateTableRecordBody,
) -> Response[UpdateTableRecordResponse200]:
    """Update a record of a table

     Changes the values of an existing row in a table.

    Args:
        uuid (UUID):
        record (str):
        body (UpdateTableRecordBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateTableRecordResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        record=record,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    record: str,
    *,
    client: ApiClient,
    body: UpdateTableRecordBody,
) -> UpdateTableRecordResponse200:
    """Update a record of a table

     Changes the values of an existing row in a table.

    Args:
        uuid (UUID):
        record (str):
        body (UpdateTableRecordBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

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
