"""`mihu.call_actions`: the `call_actions` operations as methods of `CallActions`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    forward <- POST /api/v1/calls/action/{uuid}/forward
    hangup <- POST /api/v1/calls/action/{uuid}/hangup
    mute_agent <- POST /api/v1/calls/action/{uuid}/mute
    say_message <- POST /api/v1/calls/action/{uuid}/say
    unmute_agent <- POST /api/v1/calls/action/{uuid}/unmute
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

    from ...._resource import RequestOptions
    from ...models.call_action_forward_request import CallActionForwardRequest
    from ...models.call_action_hangup_request import CallActionHangupRequest
    from ...models.call_action_say_request import CallActionSayRequest
    from ...models.forward_call_response_200 import ForwardCallResponse200
    from ...models.hangup_call_response_200 import HangupCallResponse200
    from ...models.mute_call_agent_response_200 import MuteCallAgentResponse200
    from ...models.say_call_message_response_200 import SayCallMessageResponse200
    from ...models.unmute_call_agent_response_200 import UnmuteCallAgentResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        forward_call,
        hangup_call,
        mute_call_agent,
        say_call_message,
        unmute_call_agent,
    )
if TYPE_CHECKING:
    from .forward_call import asyncio_detailed as _call_forward_call
else:
    _call_forward_call = LazyOperation(__name__, "forward_call", "_call_forward_call")
if TYPE_CHECKING:
    from .hangup_call import asyncio_detailed as _call_hangup_call
else:
    _call_hangup_call = LazyOperation(__name__, "hangup_call", "_call_hangup_call")
if TYPE_CHECKING:
    from .mute_call_agent import asyncio_detailed as _call_mute_call_agent
else:
    _call_mute_call_agent = LazyOperation(__name__, "mute_call_agent", "_call_mute_call_agent")
if TYPE_CHECKING:
    from .say_call_message import asyncio_detailed as _call_say_call_message
else:
    _call_say_call_message = LazyOperation(__name__, "say_call_message", "_call_say_call_message")
if TYPE_CHECKING:
    from .unmute_call_agent import asyncio_detailed as _call_unmute_call_agent
else:
    _call_unmute_call_agent = LazyOperation(__name__, "unmute_call_agent", "_call_unmute_call_agent")

_OPERATION_MODULES = frozenset(
    (
        "forward_call",
        "hangup_call",
        "mute_call_agent",
        "say_call_message",
        "unmute_call_agent",
    )
)

__all__ = [
    "CallActions",
    "CallActionsWithRawResponse",
    "forward_call",
    "hangup_call",
    "mute_call_agent",
    "say_call_message",
    "unmute_call_agent",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.call_actions.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class CallActions(Resource):
    """The `call_actions` operations; reached as `mihu.call_actions` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "forward": "forward_call",
        "hangup": "hangup_call",
        "mute_agent": "mute_call_agent",
        "say_message": "say_call_message",
        "unmute_agent": "unmute_call_agent",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> CallActionsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return CallActionsWithRawResponse(self)

    async def forward(
        self,
        uuid: UUID,
        body: CallActionForwardRequest,
        *,
        options: RequestOptions | None = None,
    ) -> ForwardCallResponse200:
        """Forward (warm-transfer) the live call to another phone number

        Hands an ongoing call over to another phone number after the agent announces the transfer.

        Args:
            uuid (UUID):
            body (CallActionForwardRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            ForwardCallResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/calls/action/{uuid}/forward`, operation `forward_call`.
        """
        return await self._call(
            _call_forward_call,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def hangup(
        self,
        uuid: UUID,
        body: CallActionHangupRequest | Unset = UNSET,
        *,
        options: RequestOptions | None = None,
    ) -> HangupCallResponse200:
        """Hang up the live call (the agent speaks a goodbye message, then ends)

        Ends an ongoing call after the agent says a closing line, either the one supplied or the agent's
        default.

        Args:
            uuid (UUID):
            body (CallActionHangupRequest | Unset): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            HangupCallResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/calls/action/{uuid}/hangup`, operation `hangup_call`.
        """
        return await self._call(
            _call_hangup_call,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def mute_agent(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> MuteCallAgentResponse200:
        """Mute the agent in the live call

        Stops the agent from talking on an ongoing call, e.g. while a human takes over, until it is unmuted.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            MuteCallAgentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/calls/action/{uuid}/mute`, operation `mute_call_agent`.
        """
        return await self._call(
            _call_mute_call_agent,
            options,
            {
                "uuid": uuid,
            },
        )

    async def say_message(
        self,
        uuid: UUID,
        body: CallActionSayRequest,
        *,
        options: RequestOptions | None = None,
    ) -> SayCallMessageResponse200:
        """Make the agent say a message in the live call

        Has the agent speak the given text on an ongoing call, optionally ending the call once it has been
        spoken.

        Args:
            uuid (UUID):
            body (CallActionSayRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SayCallMessageResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/calls/action/{uuid}/say`, operation `say_call_message`.
        """
        return await self._call(
            _call_say_call_message,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def unmute_agent(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> UnmuteCallAgentResponse200:
        """Unmute the agent in the live call

        Lets a previously muted agent speak again on an ongoing call.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            UnmuteCallAgentResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/calls/action/{uuid}/unmute`, operation `unmute_call_agent`.
        """
        return await self._call(
            _call_unmute_call_agent,
            options,
            {
                "uuid": uuid,
            },
        )


class CallActionsWithRawResponse:
    """`CallActions` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: CallActions) -> None:
        self.forward = raw_response_wrapper(resource.forward)
        self.hangup = raw_response_wrapper(resource.hangup)
        self.mute_agent = raw_response_wrapper(resource.mute_agent)
        self.say_message = raw_response_wrapper(resource.say_message)
        self.unmute_agent = raw_response_wrapper(resource.unmute_agent)
