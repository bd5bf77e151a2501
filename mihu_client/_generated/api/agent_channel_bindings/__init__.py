"""`mihu.agent_channel_bindings`: the `agent_channel_bindings` operations as methods of `AgentChannelBindings`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    assign_sms <- POST /api/v1/agents/{uuid}/channels/sms
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
    from ...models.assign_agent_sms_channel_body import AssignAgentSmsChannelBody
    from ...models.assign_agent_sms_channel_response_200 import AssignAgentSmsChannelResponse200
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        assign_agent_sms_channel,
    )
if TYPE_CHECKING:
    from .assign_agent_sms_channel import asyncio_detailed as _call_assign_agent_sms_channel
else:
    _call_assign_agent_sms_channel = LazyOperation(
        __name__, "assign_agent_sms_channel", "_call_assign_agent_sms_channel"
    )

_OPERATION_MODULES = frozenset(("assign_agent_sms_channel",))

__all__ = [
    "AgentChannelBindings",
    "AgentChannelBindingsWithRawResponse",
    "assign_agent_sms_channel",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.agent_channel_bindings.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class AgentChannelBindings(Resource):
    """The `agent_channel_bindings` operations; reached as `mihu.agent_channel_bindings` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "assign_sms": "assign_agent_sms_channel",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> AgentChannelBindingsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return AgentChannelBindingsWithRawResponse(self)

    async def assign_sms(
        self,
        uuid: UUID,
        body: AssignAgentSmsChannelBody | Unset = UNSET,
        *,
        options: RequestOptions | None = None,
    ) -> AssignAgentSmsChannelResponse200:
        """Assign an SMS phone number to an agent

        Binds one of the workspace's SMS-capable numbers to the agent for sending and receiving SMS,
        replacing any SMS number the agent had. The request body was not seen: it presumably identifies the
        number (the call-channel counterpart takes phone_number_uuid).

        Args:
            uuid (UUID):
            body (AssignAgentSmsChannelBody | Unset): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AssignAgentSmsChannelResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/channels/sms`, operation `assign_agent_sms_channel`.
        """
        return await self._call(
            _call_assign_agent_sms_channel,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )


class AgentChannelBindingsWithRawResponse:
    """`AgentChannelBindings` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: AgentChannelBindings) -> None:
        self.assign_sms = raw_response_wrapper(resource.assign_sms)
