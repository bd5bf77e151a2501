"""`mihu.whats_app`: the `whats_app` operations as methods of `WhatsApp`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    send_template_message <- POST /api/v1/whatsapp/template
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
    from ...models.send_whatsapp_template_message_response_200 import SendWhatsappTemplateMessageResponse200
    from ...models.whatsapp_template_send_request import WhatsappTemplateSendRequest
if TYPE_CHECKING:
    from . import (
        send_whatsapp_template_message,
    )
if TYPE_CHECKING:
    from .send_whatsapp_template_message import asyncio_detailed as _call_send_whatsapp_template_message
else:
    _call_send_whatsapp_template_message = LazyOperation(
        __name__, "send_whatsapp_template_message", "_call_send_whatsapp_template_message"
    )

_OPERATION_MODULES = frozenset(("send_whatsapp_template_message",))

__all__ = [
    "WhatsApp",
    "WhatsAppWithRawResponse",
    "send_whatsapp_template_message",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.whats_app.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class WhatsApp(Resource):
    """The `whats_app` operations; reached as `mihu.whats_app` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "send_template_message": "send_whatsapp_template_message",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> WhatsAppWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return WhatsAppWithRawResponse(self)

    async def send_template_message(
        self,
        body: WhatsappTemplateSendRequest,
        *,
        options: RequestOptions | None = None,
    ) -> SendWhatsappTemplateMessageResponse200:
        """Send WhatsApp template message

        Delivers an approved WhatsApp template to a phone number via the agent's WhatsApp Business channel,
        filling placeholders from the parameters object.

        Args:
            body (WhatsappTemplateSendRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            SendWhatsappTemplateMessageResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/whatsapp/template`, operation `send_whatsapp_template_message`.
        """
        return await self._call(
            _call_send_whatsapp_template_message,
            options,
            {
                "body": body,
            },
        )


class WhatsAppWithRawResponse:
    """`WhatsApp` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: WhatsApp) -> None:
        self.send_template_message = raw_response_wrapper(resource.send_template_message)
