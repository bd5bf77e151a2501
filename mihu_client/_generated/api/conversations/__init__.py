"""`mihu.conversations`: the `conversations` operations as methods of `Conversations`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list, list_all <- GET /api/v1/conversations
    get <- GET /api/v1/conversations/{uuid}
    list_messages, list_all_messages <- GET /api/v1/conversations/{uuid}/messages
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper
from ...types import UNSET

if TYPE_CHECKING:
    from typing import Any
    from uuid import UUID

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.conversation import Conversation
    from ...models.get_conversation_response_200 import GetConversationResponse200
    from ...models.list_conversation_messages_response_200 import ListConversationMessagesResponse200
    from ...models.list_conversation_messages_sender import ListConversationMessagesSender
    from ...models.list_conversation_messages_sort_dir import ListConversationMessagesSortDir
    from ...models.list_conversations_response_200 import ListConversationsResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        get_conversation,
        list_conversation_messages,
        list_conversations,
    )
if TYPE_CHECKING:
    from .get_conversation import asyncio_detailed as _call_get_conversation
else:
    _call_get_conversation = LazyOperation(__name__, "get_conversation", "_call_get_conversation")
if TYPE_CHECKING:
    from .list_conversation_messages import asyncio_detailed as _call_list_conversation_messages
else:
    _call_list_conversation_messages = LazyOperation(
        __name__, "list_conversation_messages", "_call_list_conversation_messages"
    )
if TYPE_CHECKING:
    from .list_conversations import asyncio_detailed as _call_list_conversations
else:
    _call_list_conversations = LazyOperation(__name__, "list_conversations", "_call_list_conversations")

_OPERATION_MODULES = frozenset(
    (
        "get_conversation",
        "list_conversation_messages",
        "list_conversations",
    )
)

__all__ = [
    "Conversations",
    "ConversationsWithRawResponse",
    "get_conversation",
    "list_conversation_messages",
    "list_conversations",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.conversations.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Conversations(Resource):
    """The `conversations` operations; reached as `mihu.conversations` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list": "list_conversations",
        "list_all": "list_conversations",
        "get": "get_conversation",
        "list_messages": "list_conversation_messages",
        "list_all_messages": "list_conversation_messages",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return ConversationsWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        phone: str | Unset = UNSET,
        contact_uuid: UUID | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListConversationsResponse200:
        """Get paginated list of conversations

        Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
        partial phone number). Each item carries its channel, contact, session UUIDs and call data.

        Args:
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            phone (str | Unset):
            contact_uuid (UUID | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListConversationsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/conversations`, operation `list_conversations`.
        """
        return await self._call(
            _call_list_conversations,
            options,
            {
                "page": page,
                "per_page": per_page,
                "phone": phone,
                "contact_uuid": contact_uuid,
            },
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        phone: str | Unset = UNSET,
        contact_uuid: UUID | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Conversation]:
        """Every item of `list` across all pages: `async for item in mihu.conversations.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            per_page (int | Unset):  Default: 15.
            phone (str | Unset):
            contact_uuid (UUID | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Conversation]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_conversations,
            options,
            {
                "per_page": per_page,
                "phone": phone,
                "contact_uuid": contact_uuid,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def get(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetConversationResponse200:
        """Get conversation details

        Fetches a single conversation by its UUID, including its contact, session UUIDs and call data.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetConversationResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/conversations/{uuid}`, operation `get_conversation`.
        """
        return await self._call(
            _call_get_conversation,
            options,
            {
                "uuid": uuid,
            },
        )

    async def list_messages(
        self,
        uuid: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sender: ListConversationMessagesSender | Unset = UNSET,
        sort_dir: ListConversationMessagesSortDir | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListConversationMessagesResponse200:
        """Get paginated messages of a conversation

        Pages through the messages of one conversation (AI, human and contact authored), e.g. to render or
        audit the transcript.

        Args:
            uuid (UUID):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 25.
            sender (ListConversationMessagesSender | Unset):
            sort_dir (ListConversationMessagesSortDir | Unset):  Default:
                ListConversationMessagesSortDir.ASC.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListConversationMessagesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/conversations/{uuid}/messages`, operation `list_conversation_messages`.
        """
        return await self._call(
            _call_list_conversation_messages,
            options,
            {
                "uuid": uuid,
                "page": page,
                "per_page": per_page,
                "sender": sender,
                "sort_dir": sort_dir,
            },
        )

    def list_all_messages(
        self,
        uuid: UUID,
        *,
        per_page: int | Unset = UNSET,
        sender: ListConversationMessagesSender | Unset = UNSET,
        sort_dir: ListConversationMessagesSortDir | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Any]:
        """Every item of `list_messages` across all pages: `async for item in mihu.conversations.list_all_messages(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `open` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            uuid (UUID):
            per_page (int | Unset):  Default: 25.
            sender (ListConversationMessagesSender | Unset):
            sort_dir (ListConversationMessagesSortDir | Unset):  Default:
                ListConversationMessagesSortDir.ASC.
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Any]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_conversation_messages,
            options,
            {
                "uuid": uuid,
                "per_page": per_page,
                "sender": sender,
                "sort_dir": sort_dir,
            },
            mode="page",
            shape="open",
            items=None,
            concurrency=concurrency,
        )


class ConversationsWithRawResponse:
    """`Conversations` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Conversations) -> None:
        self.list = raw_response_wrapper(resource.list)
        self.get = raw_response_wrapper(resource.get)
        self.list_messages = raw_response_wrapper(resource.list_messages)
