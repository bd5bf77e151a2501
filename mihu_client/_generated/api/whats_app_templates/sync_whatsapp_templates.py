from typing import Any

import httpx2

from ...client import ApiClient
from ...models.sync_whatsapp_templates_body import SyncWhatsappTemplatesBody
from ...models.sync_whatsapp_templates_response_200 import SyncWhatsappTemplatesResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: SyncWhatsappTemplatesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/whatsapp/templates/sync",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, SyncWhatsappTemplatesBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> SyncWhatsappTemplatesResponse200:
    data = json_document(response)
    response_200: SyncWhatsappTemplatesResponse200
    if data.__class__ is dict:
        response_200 = SyncWhatsappTemplatesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "sync_whatsapp_templates response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[SyncWhatsappTemplatesResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: SyncWhatsappTemplatesBody,
) -> Response[SyncWhatsappTemplatesResponse200]:
    """Pull all templates of a WABA from Meta

     One-time import of every template Meta holds for the WABA.

    Args:
        body (SyncWhatsappTemplatesBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[SyncWhatsappTemplatesResponse200]
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
    body: SyncWhatsappTemplatesBody,
) -> SyncWhatsappTemplatesResponse200:
    """Pull all templates of a WABA from Meta

     One-time import of every template Meta holds for the WABA.

    Args:
        body (SyncWhatsappTemplatesBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        SyncWhatsappTemplatesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
