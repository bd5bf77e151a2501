from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_whatsapp_templates_response_200 import ListWhatsappTemplatesResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["waba_id"] = waba_id

    params["active_only"] = active_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/whatsapp/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListWhatsappTemplatesResponse200:
    data = json_document(response)
    response_200: ListWhatsappTemplatesResponse200
    if data.__class__ is dict:
        response_200 = ListWhatsappTemplatesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_whatsapp_templates response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListWhatsappTemplatesResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> Response[ListWhatsappTemplatesResponse200]:
    """List WhatsApp templates

     Templates of a linked WABA, optionally only the approved ones.

    Args:
        waba_id (str | Unset):
        active_only (bool | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListWhatsappTemplatesResponse200]
    """

    kwargs = _get_kwargs(
        waba_id=waba_id,
        active_only=active_only,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    waba_id: str | Unset = UNSET,
    active_only: bool | Unset = UNSET,
) -> ListWhatsappTemplatesResponse200:
    """List WhatsApp templates

     Templates of a linked WABA, optionally only the approved ones.

    Args:
        waba_id (str | Unset):
        active_only (bool | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListWhatsappTemplatesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            waba_id=waba_id,
            active_only=active_only,
        )
    ).parsed
