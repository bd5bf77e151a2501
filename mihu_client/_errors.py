"""Typed errors raised by mihu-client.

Every failed call surfaces as one of these; httpx2 exceptions never leak unwrapped (the original one is
chained as ``__cause__``). The hierarchy::

    MihuError
    ├── APIConnectionError            no usable HTTP response: DNS, refused, reset, truncated body
    │   └── APITimeoutError           connect, read, write or pool timeout
    ├── APIStatusError                any non-2xx final response, documented or not
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    └── ResponseValidationError       (also a ValueError) a 2xx body is not JSON, or breaks the schema
                                      while parsing is strict

Messages are built from the status line and the response body only, never from request headers, so the
bearer token cannot end up in an exception message, a log line or a traceback.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MihuError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "error_class_for_status",
    "make_status_error",
]

SNIPPET_LIMIT = 200
"""Longest body excerpt quoted in a message when the body is not the API's JSON (HTML from a proxy...)."""


class MihuError(Exception):
    """Base class of every error raised by mihu-client."""


class APIConnectionError(MihuError):
    """The request did not produce a usable HTTP response."""

    def __init__(self, message: str = "Connection error.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIStatusError(MihuError):
    """The server answered with a non-2xx status.

    ``body`` is the decoded JSON body (or the stripped text when the body is not JSON); ``code``, ``field``
    and ``errors`` are filled from the vendor (``{"error": {"code", "field"}}``) or Laravel
    (``{"errors": {field: [...]}}``) error shapes when present.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        body: object | None = None,
        code: str | None = None,
        field: str | None = None,
        errors: dict[str, list[str]] | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.message = message
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        self.code = code
        self.field = field
        self.errors = errors
        self.request_id = request_id
        self.retry_after = retry_after
        super().__init__(self._summary())

    def _summary(self) -> str:
        reason = self.response.reason_phrase
        text = f"{self.status_code} {reason}".rstrip() + f": {self.message}"
        if self.code:
            text += f" [code={self.code}]"
        if self.field:
            text += f" [field={self.field}]"
        if self.retry_after is not None:
            text += f" (retry after {self.retry_after:g}s)"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: missing, invalid or revoked bearer token."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity: validation failed; see ``errors`` and ``field``."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests; ``retry_after`` says how long the server asked to wait."""


class InternalServerError(APIStatusError):
    """Any 5xx status, including non-standard ones from proxies (520-526 and the like)."""


class ResponseValidationError(MihuError, ValueError):
    """A 2xx body is not JSON (an HTML page from a proxy), or drifts from the schema under strict parsing."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(f"{message} (at {path})" if path and path not in message else message)
        self.message = message
        self.path = path


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status_code: int) -> type[APIStatusError]:
    """The most specific error class for a status; plain ints only, so codes like 419 or 520 are fine."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def make_status_error(response: httpx2.Response, *, retry_after: float | None = None) -> APIStatusError:
    """Build the typed error for a non-2xx response whose (bounded) body has already been read."""
    content = response.content
    text = content.decode("utf-8", errors="replace").strip()
    body: object | None = text or None
    try:
        body = json.loads(content)
    except ValueError:  # not JSON: HTML from a proxy, plain text, a truncated body (UnicodeDecodeError too)
        message = snippet(text) if text else None
    else:
        message = snippet(body) if isinstance(body, str) else None

    code: str | None = None
    field: str | None = None
    errors: dict[str, list[str]] | None = None
    if isinstance(body, dict):
        message, code, field, errors = _parse_error_body(body)
    if not message:
        message = snippet(text) if text else (response.reason_phrase or f"HTTP {response.status_code}")
    if response.status_code == 401 and not _sent_credentials(response):
        message += f" ({NO_TOKEN_HINT})"

    return error_class_for_status(response.status_code)(
        message,
        response=response,
        body=body,
        code=code,
        field=field,
        errors=errors,
        request_id=response.headers.get("x-request-id"),
        retry_after=retry_after,
    )


NO_TOKEN_HINT = (
    "no API token was configured, so the request carried no Authorization header: "
    "pass MihuClient(token=...) or set MIHU_API_TOKEN"
)


def _sent_credentials(response: httpx2.Response) -> bool:
    """Whether the request behind `response` carried an Authorization header (its value is never read)."""
    try:
        return "authorization" in response.request.headers
    except RuntimeError:  # a response built without its request
        return True


def snippet(text: str, limit: int = SNIPPET_LIMIT) -> str:
    """Whitespace-collapsed excerpt of at most ``limit`` characters."""
    collapsed = " ".join(text.split())
    return collapsed if len(collapsed) <= limit else collapsed[: limit - 1] + "…"


def _parse_error_body(
    body: dict[object, object],
) -> tuple[str | None, str | None, str | None, dict[str, list[str]] | None]:
    """Read both error shapes: vendor ``{success, message, error: {code, details, field}}`` and Laravel
    ``{message, errors: {field: [messages]}}``. Unknown shapes yield Nones, never an exception."""
    error = body.get("error")
    detail = error if isinstance(error, dict) else {}
    message = _text(body.get("message")) or _text(detail.get("message")) or _text(error)
    code = _text(detail.get("code")) or _text(body.get("code"))
    field = _text(detail.get("field"))

    errors: dict[str, list[str]] | None = None
    raw_errors = body.get("errors")
    if isinstance(raw_errors, dict) and raw_errors:
        errors = {
            str(name): [str(item) for item in value] if isinstance(value, list) else [str(value)]
            for name, value in raw_errors.items()
        }
        field = field or next(iter(errors))
    return (snippet(message) if message else None), code, field, errors


def _text(value: object) -> str | None:
    """Strings and integer codes as text; anything else (dicts, lists, None, bools) as None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int):
        return str(value)
    return None
