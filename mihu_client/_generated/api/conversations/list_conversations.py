from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_conversations_response_200 import ListConversationsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["phone"] = phone

    json_contact_uuid: str | Unset = UNSET
    if not isinstance(contact_uuid, Unset):
        json_contact_uuid = str(contact_uuid) if isinstance(contact_uuid, UUID) else contact_uuid
    params["contact_uuid"] = json_contact_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListConversationsResponse200:
    data = json_document(response)
    response_200: ListConversationsResponse200
    if data.__class__ is dict:
        response_200 = ListConversationsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_conversations response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListConversationsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> Response[ListConversationsResponse200]:
    """Get paginated list of conversations

     Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
    partial phone number). Each item carries its channel, contact, session UUIDs and call data.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        phone (str | Unset):
        contact_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListConversationsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        phone=phone,
        contact_uuid=contact_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> ListConversationsResponse200:
    """Get paginated list of conversations

     Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
    partial phone number). Each item carries its channel, contact, session UUIDs and call data.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        phone (str | Unset):
        contact_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListConversationsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            phone=phone,
            contact_uuid=contact_uuid,
        )
    ).parsed
