from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_transcription_response_200 import CreateTranscriptionResponse200
from ...models.transcription_create_request import TranscriptionCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TranscriptionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/transcriptions",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTranscriptionResponse200 | None:
    if response.status_code == 200:
        response_200 = CreateTranscriptionResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTranscriptionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TranscriptionCreateRequest,
) -> Response[CreateTranscriptionResponse200]:
    """Create a new transcription request

     Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
    the transcript endpoint or supply webhook_url to be notified when it completes.

    Args:
        body (TranscriptionCreateRequest): Multipart form for submitting audio. Send either
            voice_file or voice_url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponse200]
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
    body: TranscriptionCreateRequest,
) -> CreateTranscriptionResponse200 | None:
    """Create a new transcription request

     Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
    the transcript endpoint or supply webhook_url to be notified when it completes.

    Args:
        body (TranscriptionCreateRequest): Multipart form for submitting audio. Send either
            voice_file or voice_url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TranscriptionCreateRequest,
) -> Response[CreateTranscriptionResponse200]:
    """Create a new transcription request

     Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
    the transcript endpoint or supply webhook_url to be notified when it completes.

    Args:
        body (TranscriptionCreateRequest): Multipart form for submitting audio. Send either
            voice_file or voice_url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TranscriptionCreateRequest,
) -> CreateTranscriptionResponse200 | None:
    """Create a new transcription request

     Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
    the transcript endpoint or supply webhook_url to be notified when it completes.

    Args:
        body (TranscriptionCreateRequest): Multipart form for submitting audio. Send either
            voice_file or voice_url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
