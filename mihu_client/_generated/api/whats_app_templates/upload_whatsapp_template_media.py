from typing import Any

import httpx2

from ...client import ApiClient
from ...models.upload_whatsapp_template_media_response_200 import UploadWhatsappTemplateMediaResponse200
from ...models.whatsapp_template_media_upload_request import WhatsappTemplateMediaUploadRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: WhatsappTemplateMediaUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/whatsapp/templates/upload-media",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UploadWhatsappTemplateMediaResponse200:
    data = json_document(response)
    response_200: UploadWhatsappTemplateMediaResponse200
    if data.__class__ is dict:
        response_200 = UploadWhatsappTemplateMediaResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "upload_whatsapp_template_media response")

    return response_200


def _build_response(
    *, client: ApiClient, response: httpx2.Response
) -> Response[UploadWhatsappTemplateMediaResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: WhatsappTemplateMediaUploadRequest,
) -> Response[UploadWhatsappTemplateMediaResponse200]:
    """Upload a media file

     Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
    HEADER when creating a template. Not meant for ordinary message attachments.

    Args:
        body (WhatsappTemplateMediaUploadRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UploadWhatsappTemplateMediaResponse200]
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
    body: WhatsappTemplateMediaUploadRequest,
) -> UploadWhatsappTemplateMediaResponse200:
    """Upload a media file

     Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
    HEADER when creating a template. Not meant for ordinary message attachments.

    Args:
        body (WhatsappTemplateMediaUploadRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UploadWhatsappTemplateMediaResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
