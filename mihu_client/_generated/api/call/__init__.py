"""`mihu.call`: the `call` operations as methods of `Call`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    initiate <- POST /api/v1/call
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from ...._resource import RequestOptions
    from ...models.call_initiate_request import CallInitiateRequest
    from ...models.initiate_call_response_200 import InitiateCallResponse200
if TYPE_CHECKING:
    from . import (
        initiate_call,
    )

_OPERATION_MODULES = frozenset(("initiate_call",))

__all__ = [
    "Call",
    "CallWithRawResponse",
    "initiate_call",
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
        from .initiate_call import asyncio_detailed

        return await self._call(
            asyncio_detailed,
            options,
            {
                "body": body,
            },
        )


class CallWithRawResponse:
    """`Call` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Call) -> None:
        self.initiate = raw_response_wrapper(resource.initiate)
