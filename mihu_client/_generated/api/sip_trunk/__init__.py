"""`mihu.sip_trunk`: the `sip_trunk` operations as methods of `SipTrunk`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    assign_connection <- POST /api/v1/agents/{uuid}/channels/call/sip-trunk
    create_connection <- POST /api/v1/channels/sip-trunk/connections
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
    from ...models.assign_sip_trunk_connection_response_200 import AssignSipTrunkConnectionResponse200
    from ...models.create_sip_trunk_connection_response_201 import CreateSipTrunkConnectionResponse201
    from ...models.sip_trunk_assign_request import SipTrunkAssignRequest
    from ...models.sip_trunk_connection_create_request import SipTrunkConnectionCreateRequest
if TYPE_CHECKING:
    from . import (
        assign_sip_trunk_connection,
        create_sip_trunk_connection,
    )
if TYPE_CHECKING:
    from .assign_sip_trunk_connection import asyncio_detailed as _call_assign_sip_trunk_connection
else:
    _call_assign_sip_trunk_connection = LazyOperation(
        __name__, "assign_sip_trunk_connection", "_call_assign_sip_trunk_connection"
    )
if TYPE_CHECKING:
    from .create_sip_trunk_connection import asyncio_detailed as _call_create_sip_trunk_connection
else:
    _call_create_sip_trunk_connection = LazyOperation(
        __name__, "create_sip_trunk_connection", "_call_create_sip_trunk_connection"
    )

_OPERATION_MODULES = frozenset(
    (
        "assign_sip_trunk_connection",
        "create_sip_trunk_connection",
    )
)

__all__ = [
    "SipTrunk",
    "SipTrunkWithRawResponse",
    "assign_sip_trunk_connection",
    "create_sip_trunk_connection",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.sip_trunk.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SipTrunk(Resource):
    """The `sip_trunk` operations; reached as `mihu.sip_trunk` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "assign_connection": "assign_sip_trunk_connection",
        "create_connection": "create_sip_trunk_connection",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> SipTrunkWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return SipTrunkWithRawResponse(self)

    async def assign_connection(
        self,
        uuid: UUID,
        body: SipTrunkAssignRequest,
        *,
        options: RequestOptions | None = None,
    ) -> AssignSipTrunkConnectionResponse200:
        """Assign a SIP trunk connection to an agent for calls

        Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
        number that another agent already uses; inbound calls go to the latest assignee.

        Args:
            uuid (UUID):
            body (SipTrunkAssignRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AssignSipTrunkConnectionResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/agents/{uuid}/channels/call/sip-trunk`, operation `assign_sip_trunk_connection`.
        """
        return await self._call(
            _call_assign_sip_trunk_connection,
            options,
            {
                "uuid": uuid,
                "body": body,
            },
        )

    async def create_connection(
        self,
        body: SipTrunkConnectionCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateSipTrunkConnectionResponse201:
        """Add a new SIP trunk connection

        Saves the gateway and credentials of a SIP trunk from your own provider so it can later be attached
        to an agent. Credentials are never echoed back.

        Args:
            body (SipTrunkConnectionCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateSipTrunkConnectionResponse201: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/channels/sip-trunk/connections`, operation `create_sip_trunk_connection`.
        """
        return await self._call(
            _call_create_sip_trunk_connection,
            options,
            {
                "body": body,
            },
        )


class SipTrunkWithRawResponse:
    """`SipTrunk` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: SipTrunk) -> None:
        self.assign_connection = raw_response_wrapper(resource.assign_connection)
        self.create_connection = raw_response_wrapper(resource.create_connection)
