from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_transcription_response_200 import CreateTranscriptionResponse200
from ...models.transcription_create_request import TranscriptionCreateRequest
from ...types import Response, json_document, mismatch, parse_with


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

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateTranscriptionResponse200:
    data = json_document(response)
    response_200: CreateTranscriptionResponse200
    if data.__class__ is dict:
        response_200 = CreateTranscriptionResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "create_transcription response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateTranscriptionResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: TranscriptionCreateRequest,
) -> Response[CreateTranscriptionResponse200]:
    """Create a new transcription request

     Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
    the transcript endpoint or supply webhook_url to be notified when it completes.

    Args:
        body (TranscriptionCreateRequest): Multipart form for submitting audio. Send either
            voice_file or voice_url.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateTranscriptionResponse200]
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
    body: TranscriptionCreateRequest,
) -> CreateTranscriptionResponse200:
    """Create a new transcription request

     Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
    the transcript endpoint or supply webhook_url to be notified when it completes.

    Args:
        body (TranscriptionCreateRequest): Multipart form for submitting audio. Send either
            voice_file or voice_url.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateTranscriptionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
