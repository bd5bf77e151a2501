"""`mihu.sms`: the `sms` operations as methods of `Sms`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    send <- POST /api/v1/sms/send
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from ...._resource import RequestOptions
    from ...models.send_sms_response_200 import SendSmsResponse200
    from ...models.sms_send_request import SmsSendRequest
if TYPE_CHECKING:
    from . import (
        send_sms,
    )
if TYPE_CHECKING:
    from .send_sms import asyncio_detailed as _call_send_sms
else:
    _call_send_sms = LazyOperation(__name__, "send_sms", "_call_send_sms")

_OPERATION_MODULES = frozenset(("send_sms",))

__all__ = [
    "Sms",
    "SmsWithRawResponse",
    "send_sms",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.sms.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Sms(Resource):
    """The `sms` operations; reached as `mihu.sms` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "send": "send_sms",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> SmsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return SmsWithRawResponse(self)

    async def send(
        self,
        body: SmsSendRequest,
        *,
        options: RequestOptions | None = None,
    ) -> SendSmsResponse200:
        """Send an SMS message

        Sends a text message to a phone number through the SMS channel configured on the given agent.

        Args:
            body (SmsSendRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SendSmsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/sms/send`, operation `send_sms`.
        """
        return await self._call(
            _call_send_sms,
            options,
            {
                "body": body,
            },
        )


class SmsWithRawResponse:
    """`Sms` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Sms) -> None:
        self.send = raw_response_wrapper(resource.send)
