"""The retry rules as pure decisions: no network, no sleeping."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from email.utils import formatdate
from typing import IO, Any, cast

import httpx2
import pytest

from mihu_client import RetryPolicy
from mihu_client._retry import (
    Failure,
    RetryDecision,
    classify_failure,
    decide,
    is_replayable,
    is_retryable,
    parse_retry_after,
)

NOW = 1_750_000_000.0
POLICY = RetryPolicy(base_delay=0.5, max_delay=8.0, max_retry_after=60.0, jitter=0.25)


# --- Retry-After -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": " 2.5 "}, 2.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": formatdate(NOW - 30, usegmt=True)}, 0.0),
        ({"retry-after": "-5"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "tomorrow"}, None),
        ({"retry-after": ""}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected


def test_parse_retry_after_reads_httpx_headers_case_insensitively() -> None:
    assert parse_retry_after(httpx2.Headers({"Retry-After": "3"})) == 3.0
    assert parse_retry_after(httpx2.Headers({"Retry-After-Ms": "40"})) == 0.04


# --- backoff ---------------------------------------------------------------------------------------------


def test_backoff_doubles_then_caps() -> None:
    assert [POLICY.backoff(n, rand=0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert POLICY.backoff(1000, rand=0.0) == 8.0


def test_jitter_only_shortens_within_bounds() -> None:
    assert POLICY.backoff(2, rand=1.0) == 2.0 * 0.75
    for _ in range(200):
        assert 1.5 <= POLICY.backoff(2) <= 2.0


def test_delay_prefers_retry_after_within_cap() -> None:
    assert POLICY.delay(0, 12.0, rand=0.0) == 12.0
    assert POLICY.delay(0, 0.0, rand=0.0) == 0.5  # "retry now" still backs off a little
    assert POLICY.delay(0, None, rand=0.0) == 0.5
    assert POLICY.delay(0, 60.0) == 60.0
    assert POLICY.delay(0, 60.5) is None


@pytest.mark.parametrize(
    "kwargs",
    [{"base_delay": -1}, {"max_delay": float("inf")}, {"max_retry_after": float("nan")}, {"jitter": 1.5}],
)
def test_policy_validation(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)


# --- what may be retried ---------------------------------------------------------------------------------

IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"]
UNSAFE = ["POST", "PATCH", "post"]


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
def test_not_sent_is_retried_for_every_method(method: str) -> None:
    assert is_retryable(method, failure=Failure.NOT_SENT)


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_statuses(method: str, status: int) -> None:
    assert is_retryable(method, status=status)


@pytest.mark.parametrize("method", IDEMPOTENT)
@pytest.mark.parametrize("failure", [Failure.READ_TIMEOUT, Failure.INTERRUPTED])
def test_idempotent_after_sending(method: str, failure: Failure) -> None:
    assert is_retryable(method, failure=failure)


@pytest.mark.parametrize("method", UNSAFE)
def test_post_and_patch_never_replayed_after_the_server_may_have_acted(method: str) -> None:
    assert not is_retryable(method, failure=Failure.READ_TIMEOUT)
    assert not is_retryable(method, failure=Failure.INTERRUPTED)
    for status in (408, 500, 502, 503, 504, 520):
        assert not is_retryable(method, status=status)
    assert is_retryable(method, status=429)


@pytest.mark.parametrize("method", IDEMPOTENT + UNSAFE)
@pytest.mark.parametrize("status", [301, 400, 401, 403, 404, 409, 419, 422, 499, 501, 505, 520])
def test_other_statuses_never_retried(method: str, status: int) -> None:
    assert not is_retryable(method, status=status)
    assert not is_retryable(method, status=status, retry_unsafe=True)


def test_retry_unsafe_widens_post_to_idempotent_rules() -> None:
    assert is_retryable("POST", status=503, retry_unsafe=True)
    assert is_retryable("PATCH", failure=Failure.READ_TIMEOUT, retry_unsafe=True)


def test_classify_failure() -> None:
    assert classify_failure(httpx2.ConnectError("refused")) is Failure.NOT_SENT
    assert classify_failure(httpx2.ConnectTimeout("slow")) is Failure.NOT_SENT
    assert classify_failure(httpx2.PoolTimeout("busy")) is Failure.NOT_SENT
    assert classify_failure(httpx2.ReadTimeout("slow")) is Failure.READ_TIMEOUT
    assert classify_failure(httpx2.RemoteProtocolError("closed")) is Failure.INTERRUPTED
    assert classify_failure(httpx2.ReadError("reset")) is Failure.INTERRUPTED
    assert classify_failure(httpx2.WriteError("reset")) is Failure.INTERRUPTED
    assert classify_failure(httpx2.WriteTimeout("slow")) is Failure.INTERRUPTED
    assert classify_failure(httpx2.LocalProtocolError("bad header")) is None
    assert classify_failure(httpx2.UnsupportedProtocol("ftp")) is None
    assert classify_failure(ValueError("x")) is None


# --- replayable bodies -----------------------------------------------------------------------------------


def test_in_memory_bodies_are_replayable() -> None:
    assert is_replayable(httpx2.Request("GET", "https://x.mihu.ai/a"))
    assert is_replayable(httpx2.Request("POST", "https://x.mihu.ai/a", json={"to": "+15551234567"}))
    assert is_replayable(httpx2.Request("POST", "https://x.mihu.ai/a", data={"a": "1"}))
    assert is_replayable(httpx2.Request("POST", "https://x.mihu.ai/a", content=b"raw"))


def test_multipart_replayable_only_with_seekable_files() -> None:
    files = {"file": ("a.csv", io.BytesIO(b"phone\n+1555"), "text/csv")}
    assert is_replayable(httpx2.Request("POST", "https://x.mihu.ai/a", data={"list": "x"}, files=files))
    assert is_replayable(httpx2.Request("POST", "https://x.mihu.ai/a", files={"file": ("a.csv", b"bytes")}))

    class OneShot(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            return 0

    assert not is_replayable(
        httpx2.Request("POST", "https://x.mihu.ai/a", files={"file": ("a.csv", cast(IO[bytes], OneShot()))})
    )


def test_async_generator_body_is_not_replayable() -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"once"

    assert not is_replayable(httpx2.Request("PUT", "https://x.mihu.ai/a", content=body()))


# --- the combined decision -------------------------------------------------------------------------------


def decide_get(**kwargs: Any) -> RetryDecision:
    return decide(POLICY, method="GET", max_retries=2, rand=0.0, **kwargs)


def test_decide() -> None:
    yes = decide_get(retries_done=0, status=503)
    assert yes.retry and yes.delay == 0.5 and yes.reason == "HTTP 503"

    second = decide_get(retries_done=1, failure=Failure.READ_TIMEOUT)
    assert second.retry and second.delay == 1.0 and second.reason == "read timeout"

    exhausted = decide_get(retries_done=2, status=503)
    assert not exhausted.retry and "no retries left" in exhausted.reason

    waited = decide_get(retries_done=0, status=429, retry_after=3.0)
    assert waited.retry and waited.delay == 3.0

    too_long = decide_get(retries_done=0, status=429, retry_after=3600.0)
    assert not too_long.retry and "3600" in too_long.reason

    one_shot = decide_get(retries_done=0, status=503, replayable=False)
    assert not one_shot.retry and "replayed" in one_shot.reason


def test_decide_post() -> None:
    assert not decide(POLICY, method="POST", retries_done=0, max_retries=5, status=503).retry
    assert not decide(POLICY, method="POST", retries_done=0, max_retries=5, failure=Failure.READ_TIMEOUT).retry
    assert decide(POLICY, method="POST", retries_done=0, max_retries=5, status=429).retry
    assert decide(POLICY, method="POST", retries_done=0, max_retries=5, failure=Failure.NOT_SENT).retry
    assert decide(POLICY, method="POST", retries_done=0, max_retries=5, status=503, retry_unsafe=True).retry
    assert not decide(POLICY, method="POST", retries_done=0, max_retries=0, status=429).retry
