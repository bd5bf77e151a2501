from typing import Any

import httpx2

from ...client import ApiClient
from ...models.send_whatsapp_template_message_response_200 import SendWhatsappTemplateMessageResponse200
from ...models.whatsapp_template_send_request import WhatsappTemplateSendRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: WhatsappTemplateSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/whatsapp/template",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, WhatsappTemplateSendRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> SendWhatsappTemplateMessageResponse200:
    data = json_document(response)
    response_200: SendWhatsappTemplateMessageResponse200
    if data.__class__ is dict:
        response_200 = SendWhatsappTemplateMessageResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "send_whatsapp_template_message response")

    return response_200


def _build_response(
    *, client: ApiClient, response: httpx2.Response
) -> Response[SendWhatsappTemplateMessageResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: WhatsappTemplateSendRequest,
) -> Response[SendWhatsappTemplateMessageResponse200]:
    """Send WhatsApp template message

     Delivers an approved WhatsApp template to a phone number via the agent's WhatsApp Business channel,
    filling placeholders from the parameters object.

    Args:
        body (WhatsappTemplateSendRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[SendWhatsappTemplateMessageResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: WhatsappTemplateSendRequest,
) -> SendWhatsappTemplateMessageResponse200:
    """Send WhatsApp template message

     Delivers an approved WhatsApp template to a phone number via the agent's WhatsApp Business channel,
    filling placeholders from the parameters object.

    Args:
        body (WhatsappTemplateSendRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        SendWhatsappTemplateMessageResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
