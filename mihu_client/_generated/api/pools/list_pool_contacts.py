from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_pool_contacts_response_200 import ListPoolContactsResponse200
from ...models.list_pool_contacts_status import ListPoolContactsStatus
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pools/{uuid}/contacts".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListPoolContactsResponse200:
    data = json_document(response)
    response_200: ListPoolContactsResponse200
    if data.__class__ is dict:
        response_200 = ListPoolContactsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_pool_contacts response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListPoolContactsResponse200]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> Response[ListPoolContactsResponse200]:
    """List contacts in a pool

     Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
    timestamps.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        search (str | Unset):
        status (ListPoolContactsStatus | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListPoolContactsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> ListPoolContactsResponse200:
    """List contacts in a pool

     Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
    timestamps.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        search (str | Unset):
        status (ListPoolContactsStatus | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListPoolContactsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            status=status,
        )
    ).parsed
