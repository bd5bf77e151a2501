from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.delete_table_record_response_200 import DeleteTableRecordResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    record: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/data/{uuid}/records/{record}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            record=path_segment(record, "record"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> DeleteTableRecordResponse200:
    data = json_document(response)
    response_200: DeleteTableRecordResponse200
    if data.__class__ is dict:
        response_200 = DeleteTableRecordResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "delete_table_record response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[DeleteTableRecordResponse200]:
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
) -> Response[DeleteTableRecordResponse200]:
    """Delete a record from a table

     Removes one row from a table.

    Args:
        uuid (UUID):
        record (str):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[DeleteTableRecordResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        record=record,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    record: str,
    *,
    client: ApiClient,
) -> DeleteTableRecordResponse200:
    """Delete a record from a table

     Removes one row from a table.

    Args:
        uuid (UUID):
        record (str):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

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
