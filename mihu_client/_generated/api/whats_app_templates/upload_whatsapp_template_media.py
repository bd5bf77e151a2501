from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_whatsapp_template_media_response_200 import UploadWhatsappTemplateMediaResponse200
from ...models.whatsapp_template_media_upload_request import WhatsappTemplateMediaUploadRequest
from ...types import Response


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

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UploadWhatsappTemplateMediaResponse200 | None:
    if response.status_code == 200:
        response_200 = UploadWhatsappTemplateMediaResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UploadWhatsappTemplateMediaResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WhatsappTemplateMediaUploadRequest,
) -> Response[Any | UploadWhatsappTemplateMediaResponse200]:
    """Upload a media file

     Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
    HEADER when creating a template. Not meant for ordinary message attachments.

    Args:
        body (WhatsappTemplateMediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UploadWhatsappTemplateMediaResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WhatsappTemplateMediaUploadRequest,
) -> Any | UploadWhatsappTemplateMediaResponse200 | None:
    """Upload a media file

     Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
    HEADER when creating a template. Not meant for ordinary message attachments.

    Args:
        body (WhatsappTemplateMediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UploadWhatsappTemplateMediaResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WhatsappTemplateMediaUploadRequest,
) -> Response[Any | UploadWhatsappTemplateMediaResponse200]:
    """Upload a media file

     Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
    HEADER when creating a template. Not meant for ordinary message attachments.

    Args:
        body (WhatsappTemplateMediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UploadWhatsappTemplateMediaResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WhatsappTemplateMediaUploadRequest,
) -> Any | UploadWhatsappTemplateMediaResponse200 | None:
    """Upload a media file

     Uploads an image, video or document to Meta and returns a temporary handle to reference in a media
    HEADER when creating a template. Not meant for ordinary message attachments.

    Args:
        body (WhatsappTemplateMediaUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UploadWhatsappTemplateMediaResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
