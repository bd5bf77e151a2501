"""`mihu.sessions`: the `sessions` operations as methods of `Sessions`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    list_conversation, list_all_conversation <- GET /api/v1/conversations/{uuid}/sessions
    list_messages, list_all_messages <- GET /api/v1/sessions/{uuid}/messages
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
    from ...models.list_conversation_sessions_response_200 import ListConversationSessionsResponse200
    from ...models.list_session_messages_response_200 import ListSessionMessagesResponse200
    from ...models.list_session_messages_sender import ListSessionMessagesSender
    from ...models.list_session_messages_sort_dir import ListSessionMessagesSortDir
    from ...models.session import Session
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        list_conversation_sessions,
        list_session_messages,
    )
if TYPE_CHECKING:
    from .list_conversation_sessions import asyncio_detailed as _call_list_conversation_sessions
else:
    _call_list_conversation_sessions = LazyOperation(
        __name__, "list_conversation_sessions", "_call_list_conversation_sessions"
    )
if TYPE_CHECKING:
    from .list_session_messages import asyncio_detailed as _call_list_session_messages
else:
    _call_list_session_messages = LazyOperation(__name__, "list_session_messages", "_call_list_session_messages")

_OPERATION_MODULES = frozenset(
    (
        "list_conversation_sessions",
        "list_session_messages",
    )
)

__all__ = [
    "Sessions",
    "SessionsWithRawResponse",
    "list_conversation_sessions",
    "list_session_messages",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.sessions.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Sessions(Resource):
    """The `sessions` operations; reached as `mihu.sessions` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "list_conversation": "list_conversation_sessions",
        "list_all_conversation": "list_conversation_sessions",
        "list_messages": "list_session_messages",
        "list_all_messages": "list_session_messages",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> SessionsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return SessionsWithRawResponse(self)

    async def list_conversation(
        self,
        uuid: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListConversationSessionsResponse200:
        """Get paginated sessions of a conversation

        Pages through the sessions (message bursts) that make up one conversation, with their timing,
        summary and linked records.

        Args:
            uuid (UUID):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            status (str | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListConversationSessionsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/conversations/{uuid}/sessions`, operation `list_conversation_sessions`.
        """
        return await self._call(
            _call_list_conversation_sessions,
            options,
            {
                "uuid": uuid,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
        )

    def list_all_conversation(
        self,
        uuid: UUID,
        *,
        per_page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Session]:
        """Every item of `list_conversation` across all pages: `async for item in mihu.sessions.list_all_conversation(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            uuid (UUID):
            per_page (int | Unset):  Default: 15.
            status (str | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Session]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_conversation_sessions,
            options,
            {
                "uuid": uuid,
                "per_page": per_page,
                "status": status,
            },
            mode="page",
            shape="laravel",
            items=("data", "data"),
            concurrency=concurrency,
        )

    async def list_messages(
        self,
        uuid: UUID,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sender: ListSessionMessagesSender | Unset = UNSET,
        sort_dir: ListSessionMessagesSortDir | Unset = UNSET,
        options: RequestOptions | None = None,
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
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListSessionMessagesResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/sessions/{uuid}/messages`, operation `list_session_messages`.
        """
        return await self._call(
            _call_list_session_messages,
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
        sender: ListSessionMessagesSender | Unset = UNSET,
        sort_dir: ListSessionMessagesSortDir | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[Any]:
        """Every item of `list_messages` across all pages: `async for item in mihu.sessions.list_all_messages(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `open` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            uuid (UUID):
            per_page (int | Unset):
            sender (ListSessionMessagesSender | Unset):
            sort_dir (ListSessionMessagesSortDir | Unset):  Default: ListSessionMessagesSortDir.ASC.
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[Any]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_session_messages,
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


class SessionsWithRawResponse:
    """`Sessions` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Sessions) -> None:
        self.list_conversation = raw_response_wrapper(resource.list_conversation)
        self.list_messages = raw_response_wrapper(resource.list_messages)
