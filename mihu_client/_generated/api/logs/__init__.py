"""`mihu.logs`: the `logs` operations as methods of `Logs`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    get_action <- GET /api/v1/logs/actions/{type_}/{uuid}
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.get_action_log_response_200 import GetActionLogResponse200
    from ...models.get_action_log_type import GetActionLogType
if TYPE_CHECKING:
    from . import (
        get_action_log,
    )
if TYPE_CHECKING:
    from .get_action_log import asyncio_detailed as _call_get_action_log
else:
    _call_get_action_log = LazyOperation(__name__, "get_action_log", "_call_get_action_log")

_OPERATION_MODULES = frozenset(("get_action_log",))

__all__ = [
    "Logs",
    "LogsWithRawResponse",
    "get_action_log",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.logs.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Logs(Resource):
    """The `logs` operations; reached as `mihu.logs` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "get_action": "get_action_log",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> LogsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return LogsWithRawResponse(self)

    async def get_action(
        self,
        type_: GetActionLogType,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetActionLogResponse200:
        """Get full detail for a single action execution

        Fetches one entry of the agent actions log, including the raw request/response payloads, error text
        and timing. Use the uuid and type from the actions list.

        Args:
            type_ (GetActionLogType):
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetActionLogResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/logs/actions/{type_}/{uuid}`, operation `get_action_log`.
        """
        return await self._call(
            _call_get_action_log,
            options,
            {
                "type_": type_,
                "uuid": uuid,
            },
        )


class LogsWithRawResponse:
    """`Logs` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Logs) -> None:
        self.get_action = raw_response_wrapper(resource.get_action)
