from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_conversation_sessions_response_200 import ListConversationSessionsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conversations/{uuid}/sessions".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListConversationSessionsResponse200:
    data = json_document(response)
    response_200: ListConversationSessionsResponse200
    if data.__class__ is dict:
        response_200 = ListConversationSessionsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_conversation_sessions response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListConversationSessionsResponse200]:
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
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> Response[ListConversationSessionsResponse200]:
    """Get paginated sessions of a conversation

     Pages through the sessions (message bursts) that make up one conversation, with their timing,
    summary and linked records.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListConversationSessionsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
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
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> ListConversationSessionsResponse200:
    """Get paginated sessions of a conversation

     Pages through the sessions (message bursts) that make up one conversation, with their timing,
    summary and linked records.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListConversationSessionsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            page=page,
            per_page=per_page,
            status=status,
        )
    ).parsed
