from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_session_messages_response_200 import ListSessionMessagesResponse200
from ...models.list_session_messages_sender import ListSessionMessagesSender
from ...models.list_session_messages_sort_dir import ListSessionMessagesSortDir
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    sender: ListSessionMessagesSender | Unset = UNSET,
    sort_dir: ListSessionMessagesSortDir | Unset = ListSessionMessagesSortDir.ASC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_sender: str | Unset = UNSET
    if not isinstance(sender, Unset):
        json_sender = getattr(sender, "value", sender)

    params["sender"] = json_sender

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = getattr(sort_dir, "value", sort_dir)

    params["sort_dir"] = json_sort_dir

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sessions/{uuid}/messages".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListSessionMessagesResponse200:
    data = json_document(response)
    response_200: ListSessionMessagesResponse200
    if data.__class__ is dict:
        response_200 = ListSessionMessagesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_session_messages response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListSessionMessagesResponse200]:
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
    per_page: int | Unset = UNSET,
    sender: ListSessionMessagesSender | Unset = UNSET,
    sort_dir: ListSessionMessagesSortDir | Unset = ListSessionMessagesSortDir.ASC,
) -> Response[ListSessionMessagesResponse200]:
    """Get paginated messages of a session

     Pages through only the messages that fall inside one session window, useful before reading that
    session's summary or evaluation.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        sender (ListSessionMessagesSender | Unset):
        sort_dir (ListSessionMessagesSortDir | Unset):  Default: ListSessionMessagesSortDir.ASC.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListSessionMessagesResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
        sender=sender,
        sort_dir=sort_dir,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = UNSET,
    sender: ListSessionMessagesSender | Unset = UNSET,
    sort_dir: ListSessionMessagesSortDir | Unset = ListSessionMessagesSortDir.ASC,
) -> ListSessionMessagesResponse200:
    """Get paginated messages of a session

     Pages through only the messages that fall inside one session window, useful before reading that
    session's summary or evaluation.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):
        sender (ListSessionMessagesSender | Unset):
        sort_dir (ListSessionMessagesSortDir | Unset):  Default: ListSessionMessagesSortDir.ASC.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListSessionMessagesResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            page=page,
            per_page=per_page,
            sender=sender,
            sort_dir=sort_dir,
        )
    ).parsed
