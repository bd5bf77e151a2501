"""Retry policy: which failures may be retried, and how long to wait first.

Pure decisions, no I/O: ``RetryTransport`` (in ``_transport``) asks, this module answers. The rules are
kept apart from the mechanism so that what protects non-idempotent calls can be tested without a network:
``POST /api/v1/call`` places a real phone call, so a POST or PATCH is replayed only when the server
certainly did not act on it (the connection was never made, or it answered 429).
"""

from __future__ import annotations

import enum
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx2
from httpx2._multipart import DataField, FileField, MultipartStream

__all__ = [
    "IDEMPOTENT_METHODS",
    "IDEMPOTENT_RETRY_STATUSES",
    "UNSAFE_RETRY_STATUSES",
    "Failure",
    "RetryDecision",
    "RetryPolicy",
    "classify_failure",
    "decide",
    "is_replayable",
    "is_retryable",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
IDEMPOTENT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
UNSAFE_RETRY_STATUSES = frozenset({429})
"""A 429 means the request was refused before any work was done, so even a POST may be sent again."""


class Failure(enum.Enum):
    """What a transport error says about whether the server may have acted on the request."""

    NOT_SENT = "not sent"
    """Connection never established or no pooled connection free: the server never saw the request."""
    READ_TIMEOUT = "read timeout"
    """The request went out and no answer came in time: the server may be acting on it right now."""
    INTERRUPTED = "connection interrupted"
    """The connection broke while sending or receiving (reset, closed, truncated or undecodable body)."""


def classify_failure(exc: BaseException) -> Failure | None:
    """Sort an httpx2 transport error; ``None`` for errors that a retry cannot fix (protocol misuse...)."""
    if isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout | httpx2.PoolTimeout):
        return Failure.NOT_SENT
    if isinstance(exc, httpx2.ReadTimeout):
        return Failure.READ_TIMEOUT
    if isinstance(
        exc,
        httpx2.RemoteProtocolError | httpx2.ReadError | httpx2.WriteError | httpx2.WriteTimeout | httpx2.DecodingError,
    ):
        return Failure.INTERRUPTED
    return None


def is_retryable(
    method: str, *, failure: Failure | None = None, status: int | None = None, retry_unsafe: bool = False
) -> bool:
    """Whether this outcome may be retried for this method, ignoring attempt counts and bodies.

    Every method is retried when the request was not sent. Idempotent methods (and any method when the
    caller opted in with ``retry_unsafe``) are also retried after read timeouts, interrupted connections
    and 408/429/5xx-gateway statuses; POST and PATCH otherwise only after 429.
    """
    if failure is Failure.NOT_SENT:
        return True
    idempotent = retry_unsafe or method.upper() in IDEMPOTENT_METHODS
    if failure is not None:
        return idempotent
    if status is None:
        return False
    return status in (IDEMPOTENT_RETRY_STATUSES if idempotent else UNSAFE_RETRY_STATUSES)


def is_replayable(request: httpx2.Request) -> bool:
    """Whether the request body can be sent again unchanged.

    In-memory bodies (JSON, form, bytes) and multipart bodies whose files are bytes or seekable files are
    replayable (httpx2 re-renders multipart and seeks files back to 0); one-shot async generators are not.
    """
    stream = request.stream
    if isinstance(stream, httpx2.ByteStream):
        return True
    if isinstance(stream, MultipartStream):
        return all(_field_replayable(item) for item in stream.fields)
    return False


def _field_replayable(item: FileField | DataField) -> bool:
    if isinstance(item, DataField) or isinstance(item.file, str | bytes):
        return True
    seekable = getattr(item.file, "seekable", None)
    return bool(seekable is not None and seekable())


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP-date).

    ``headers`` is looked up with lower-case names (``httpx2.Headers`` is case-insensitive anyway). Returns
    ``None`` when absent or unparseable; a date in the past gives 0.
    """
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a zone-less parse means "-0000"
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How long to wait between attempts; the retry count itself is the client's ``max_retries``.

    Backoff is ``base_delay * 2**n`` capped at ``max_delay``, shortened by up to ``jitter`` (a fraction) at
    random so that many clients do not retry in lock-step. A server-provided ``Retry-After`` is used as-is
    when it is at most ``max_retry_after`` seconds; when the server asks for longer, the call is not
    retried and the error carries ``retry_after`` so the caller can decide.
    """

    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        for name in ("base_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"RetryPolicy.{name} must be a finite number >= 0, got {value!r}")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"RetryPolicy.jitter must be between 0 and 1, got {self.jitter!r}")

    def backoff(self, retries_done: int, *, rand: float | None = None) -> float:
        """Delay before retry number ``retries_done + 1`` when the server gave no Retry-After."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** min(retries_done, 32))
        fraction = random.random() if rand is None else rand
        return delay * (1.0 - self.jitter * fraction)

    def delay(self, retries_done: int, retry_after: float | None, *, rand: float | None = None) -> float | None:
        """Delay before the next attempt, or ``None`` when the server asked to wait longer than we will."""
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            if retry_after > 0:
                return retry_after
        return self.backoff(retries_done, rand=rand)


@dataclass(frozen=True, slots=True)
class RetryDecision:
    """The answer to "try again?": whether, after how many seconds, and why (for the log line)."""

    retry: bool
    delay: float = 0.0
    reason: str = ""


def decide(
    policy: RetryPolicy,
    *,
    method: str,
    retries_done: int,
    max_retries: int,
    failure: Failure | None = None,
    status: int | None = None,
    retry_after: float | None = None,
    retry_unsafe: bool = False,
    replayable: bool = True,
    rand: float | None = None,
) -> RetryDecision:
    """Combine the rules above into one decision for one failed attempt."""
    reason = failure.value if failure is not None else f"HTTP {status}"
    if retries_done >= max_retries:
        return RetryDecision(False, reason=f"{reason}; no retries left")
    if not is_retryable(method, failure=failure, status=status, retry_unsafe=retry_unsafe):
        return RetryDecision(False, reason=f"{reason}; not retried for {method.upper()}")
    if not replayable:
        return RetryDecision(False, reason=f"{reason}; request body cannot be replayed")
    delay = policy.delay(retries_done, retry_after, rand=rand)
    if delay is None:
        return RetryDecision(False, reason=f"{reason}; server asked to wait {retry_after:g}s")
    return RetryDecision(True, delay, reason)
