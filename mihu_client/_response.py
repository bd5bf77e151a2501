"""Raw responses: status, headers and body of a call next to its parsed model, from one request.

`await mihu.contacts.with_raw_response.list(...)` returns a `RawResponse` instead of the model, so the
request id and rate-limit headers of a call are readable without a second request.
"""

from __future__ import annotations

import contextvars
import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar

from ._generated.types import Response

T = TypeVar("T")
P = ParamSpec("P")

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id")


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _float_header(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class RateLimit:
    """The rate-limit headers of a response (each None when the server did not send it)."""

    limit: int | None
    remaining: int | None
    reset: float | None
    """`X-RateLimit-Reset` as sent: a Unix timestamp in seconds."""
    retry_after: float | None
    """`Retry-After` in seconds (only its numeric form)."""


class RawResponse(Generic[T]):
    """One 2xx response: its status, headers, body bytes, JSON and parsed model.

    Errors never reach this object: a non-2xx response raises `mihu_client.APIStatusError` (which
    carries its own response) before parsing.
    """

    __slots__ = ("_response",)

    def __init__(self, response: Response[T]) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return int(self._response.status_code)

    @property
    def headers(self) -> Mapping[str, str]:
        """Response headers; case-insensitive (an `httpx2.Headers`)."""
        return self._response.headers

    @property
    def content(self) -> bytes:
        return self._response.content

    @property
    def parsed(self) -> T:
        """The model the plain method returns (parsed once, when the response arrived)."""
        return self._response.parsed

    def parse(self) -> T:
        """Same as `.parsed`; a method for readers used to `response.parse()`."""
        return self.parsed

    def json(self) -> Any:
        """The body decoded as JSON, exactly as the server sent it (no model in between)."""
        return json.loads(self._response.content) if self._response.content else None

    @property
    def request_id(self) -> str | None:
        """The server's request id header (`X-Request-Id` or a common alias), for support tickets."""
        for name in _REQUEST_ID_HEADERS:
            value = self._response.headers.get(name)
            if value:
                return value
        return None

    @property
    def rate_limit(self) -> RateLimit:
        headers = self._response.headers
        return RateLimit(
            limit=_int_header(headers, "x-ratelimit-limit"),
            remaining=_int_header(headers, "x-ratelimit-remaining"),
            reset=_float_header(headers, "x-ratelimit-reset"),
            retry_after=_float_header(headers, "retry-after"),
        )

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {len(self.content)} bytes>"


# Set by `raw_response_wrapper` around one call; `Resource._request` drops the response into it.
_CAPTURE: contextvars.ContextVar[list[Response[Any]] | None] = contextvars.ContextVar("mihu_raw_capture", default=None)


def capture(response: Response[T]) -> Response[T]:
    """Hand `response` to an enclosing `raw_response_wrapper` call, if any; returns it unchanged."""
    sink = _CAPTURE.get()
    if sink is not None:
        sink.append(response)
    return response


def raw_response_wrapper(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Turn a namespace method returning a model into one returning that call's `RawResponse`.

    The wrapped method runs unchanged (same arguments, same single request); the response it parsed
    is captured through a context variable, so concurrent calls never see each other's responses.
    """

    @functools.wraps(method)
    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        sink: list[Response[Any]] = []
        token = _CAPTURE.set(sink)
        try:
            await method(*args, **kwargs)
        finally:
            _CAPTURE.reset(token)
        if not sink:
            raise RuntimeError(f"{getattr(method, '__qualname__', method)} made no request to capture")
        return RawResponse(sink[-1])

    return wrapper
