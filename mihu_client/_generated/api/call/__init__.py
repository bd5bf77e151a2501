"""`mihu.call`: the `call` operations as methods of `Call`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    initiate <- POST /api/v1/call
    list, list_all <- GET /api/v1/calls
    get <- GET /api/v1/calls/{uuid}
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
    from uuid import UUID

    from ...._pagination import Paginator
    from ...._resource import RequestOptions
    from ...models.call_initiate_request import CallInitiateRequest
    from ...models.call_record import CallRecord
    from ...models.get_call_response_200 import GetCallResponse200
    from ...models.initiate_call_response_200 import InitiateCallResponse200
    from ...models.list_calls_response_200 import ListCallsResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        get_call,
        initiate_call,
        list_calls,
    )
if TYPE_CHECKING:
    from .get_call import asyncio_detailed as _call_get_call
else:
    _call_get_call = LazyOperation(__name__, "get_call", "_call_get_call")
if TYPE_CHECKING:
    from .initiate_call import asyncio_detailed as _call_initiate_call
else:
    _call_initiate_call = LazyOperation(__name__, "initiate_call", "_call_initiate_call")
if TYPE_CHECKING:
    from .list_calls import asyncio_detailed as _call_list_calls
else:
    _call_list_calls = LazyOperation(__name__, "list_calls", "_call_list_calls")

_OPERATION_MODULES = frozenset(
    (
        "get_call",
        "initiate_call",
        "list_calls",
    )
)

__all__ = [
    "Call",
    "CallWithRawResponse",
    "get_call",
    "initiate_call",
    "list_calls",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.call.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Call(Resource):
    """The `call` operations; reached as `mihu.call` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "initiate": "initiate_call",
        "list": "list_calls",
        "list_all": "list_calls",
        "get": "get_call",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> CallWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return CallWithRawResponse(self)

    async def initiate(
        self,
        body: CallInitiateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> InitiateCallResponse200:
        """Initiate a new call

        Starts a real outbound phone call from the given agent to the participant's number. The returned
        conversation_uuid is what the Call Actions endpoints expect.

        Args:
            body (CallInitiateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            InitiateCallResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/call`, operation `initiate_call`.
        """
        return await self._call(
            _call_initiate_call,
            options,
            {
                "body": body,
            },
        )

    async def list(
        self,
        *,
        agent_id: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ListCallsResponse200:
        """Get paginated list of calls

        Lists voice calls page by page, filtered by agent, direction or status. The agent filter is named
        agent_id but, per the source, takes the agent's UUID.

        Args:
            agent_id (str | Unset):
            direction (str | Unset):
            page (int | Unset):  Default: 1.
            per_page (int | Unset):  Default: 15.
            status (str | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ListCallsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/calls`, operation `list_calls`.
        """
        return await self._call(
            _call_list_calls,
            options,
            {
                "agent_id": agent_id,
                "direction": direction,
                "page": page,
                "per_page": per_page,
                "status": status,
            },
        )

    def list_all(
        self,
        *,
        agent_id: str | Unset = UNSET,
        direction: str | Unset = UNSET,
        per_page: int | Unset = UNSET,
        status: str | Unset = UNSET,
        concurrency: int = 1,
        options: RequestOptions | None = None,
    ) -> Paginator[CallRecord]:
        """Every item of `list` across all pages: `async for item in mihu.call.list_all(...)`.

        Requests page 1, 2, … and stops after the last page (`last_page`, else `has_more`, else a short
        or empty page), at a page already seen, or at one the server answers with another number.
        Page shape `laravel` (see `mihu_client._pagination`); `.pages()` yields whole pages.

        Args:
            agent_id (str | Unset):
            direction (str | Unset):
            per_page (int | Unset):  Default: 15.
            status (str | Unset):
            concurrency (int): Pages requested at once (1: one after another). Above 1, pages are
                prefetched once the first page has told the last page number; items stay in order.
            options (RequestOptions | None): Per-call settings for every page request.

        Returns:
            Paginator[CallRecord]: Iterate it with `async for`; nothing is requested before that.
        """
        return self._paginate(
            _call_list_calls,
            options,
            {
                "agent_id": agent_id,
                "direction": direction,
                "per_page": per_page,
                "status": status,
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
    ) -> GetCallResponse200:
        """Get call details by UUID

        Fetches one voice call by its UUID.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetCallResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/calls/{uuid}`, operation `get_call`.
        """
        return await self._call(
            _call_get_call,
            options,
            {
                "uuid": uuid,
            },
        )


class CallWithRawResponse:
    """`Call` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Call) -> None:
        self.initiate = raw_response_wrapper(resource.initiate)
        self.list = raw_response_wrapper(resource.list)
        self.get = raw_response_wrapper(resource.get)
