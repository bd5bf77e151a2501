from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_table_records_response_200 import ListTableRecordsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data/{uuid}/records".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListTableRecordsResponse200:
    data = json_document(response)
    response_200: ListTableRecordsResponse200
    if data.__class__ is dict:
        response_200 = ListTableRecordsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_table_records response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListTableRecordsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ListTableRecordsResponse200]:
    """List the records of a table

     Returns the rows stored in a table, one page at a time.

    Args:
        uuid (UUID):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListTableRecordsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ListTableRecordsResponse200:
    """List the records of a table

     Returns the rows stored in a table, one page at a time.

    Args:
        uuid (UUID):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListTableRecordsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
