"""`mihu.transcriptions`: the `transcriptions` operations as methods of `Transcriptions`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    create <- POST /api/v1/transcriptions
    get <- GET /api/v1/transcriptions/{uuid}
    get_transcript <- GET /api/v1/transcriptions/{uuid}/transcript
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper

if TYPE_CHECKING:
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.create_transcription_response_200 import CreateTranscriptionResponse200
    from ...models.get_transcription_response_200 import GetTranscriptionResponse200
    from ...models.get_transcription_transcript_response_200 import GetTranscriptionTranscriptResponse200
    from ...models.transcription_create_request import TranscriptionCreateRequest
if TYPE_CHECKING:
    from . import (
        create_transcription,
        get_transcription,
        get_transcription_transcript,
    )
if TYPE_CHECKING:
    from .create_transcription import asyncio_detailed as _call_create_transcription
else:
    _call_create_transcription = LazyOperation(__name__, "create_transcription", "_call_create_transcription")
if TYPE_CHECKING:
    from .get_transcription import asyncio_detailed as _call_get_transcription
else:
    _call_get_transcription = LazyOperation(__name__, "get_transcription", "_call_get_transcription")
if TYPE_CHECKING:
    from .get_transcription_transcript import asyncio_detailed as _call_get_transcription_transcript
else:
    _call_get_transcription_transcript = LazyOperation(
        __name__, "get_transcription_transcript", "_call_get_transcription_transcript"
    )

_OPERATION_MODULES = frozenset(
    (
        "create_transcription",
        "get_transcription",
        "get_transcription_transcript",
    )
)

__all__ = [
    "Transcriptions",
    "TranscriptionsWithRawResponse",
    "create_transcription",
    "get_transcription",
    "get_transcription_transcript",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.transcriptions.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Transcriptions(Resource):
    """The `transcriptions` operations; reached as `mihu.transcriptions` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "create": "create_transcription",
        "get": "get_transcription",
        "get_transcript": "get_transcription_transcript",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> TranscriptionsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return TranscriptionsWithRawResponse(self)

    async def create(
        self,
        body: TranscriptionCreateRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateTranscriptionResponse200:
        """Create a new transcription request

        Uploads a recording (file or URL) to be transcribed and optionally evaluated in the background. Poll
        the transcript endpoint or supply webhook_url to be notified when it completes.

        Args:
            body (TranscriptionCreateRequest): The request body.
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            CreateTranscriptionResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `POST /api/v1/transcriptions`, operation `create_transcription`.
        """
        return await self._call(
            _call_create_transcription,
            options,
            {
                "body": body,
            },
        )

    async def get(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetTranscriptionResponse200:
        """Get transcription by UUID

        Fetches one transcription request and its processing status.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetTranscriptionResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/transcriptions/{uuid}`, operation `get_transcription`.
        """
        return await self._call(
            _call_get_transcription,
            options,
            {
                "uuid": uuid,
            },
        )

    async def get_transcript(
        self,
        uuid: UUID,
        *,
        options: RequestOptions | None = None,
    ) -> GetTranscriptionTranscriptResponse200:
        """Get full transcript with conversation messages and evaluations

        Returns the outcome of a transcription request: processing status, transcript messages, the
        resulting session and any evaluation output.

        Args:
            uuid (UUID):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetTranscriptionTranscriptResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/transcriptions/{uuid}/transcript`, operation `get_transcription_transcript`.
        """
        return await self._call(
            _call_get_transcription_transcript,
            options,
            {
                "uuid": uuid,
            },
        )


class TranscriptionsWithRawResponse:
    """`Transcriptions` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Transcriptions) -> None:
        self.create = raw_response_wrapper(resource.create)
        self.get = raw_response_wrapper(resource.get)
        self.get_transcript = raw_response_wrapper(resource.get_transcript)
