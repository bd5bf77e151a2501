from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_whatsapp_template_response_201 import CreateWhatsappTemplateResponse201
from ...models.whatsapp_template_create_request import WhatsappTemplateCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: WhatsappTemplateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/whatsapp/templates",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, WhatsappTemplateCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateWhatsappTemplateResponse201:
    data = json_document(response)
    response_201: CreateWhatsappTemplateResponse201
    if data.__class__ is dict:
        response_201 = CreateWhatsappTemplateResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_whatsapp_template response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateWhatsappTemplateResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: WhatsappTemplateCreateRequest,
) -> Response[CreateWhatsappTemplateResponse201]:
    """Create a new WhatsApp template

     Submits a new message template to Meta under one of the tenant's WABAs and stores it locally;
    approval happens asynchronously.

    Args:
        body (WhatsappTemplateCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateWhatsappTemplateResponse201]
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
    body: WhatsappTemplateCreateRequest,
) -> CreateWhatsappTemplateResponse201:
    """Create a new WhatsApp template

     Submits a new message template to Meta under one of the tenant's WABAs and stores it locally;
    approval happens asynchronously.

    Args:
        body (WhatsappTemplateCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateWhatsappTemplateResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
