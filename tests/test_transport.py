"""RetryTransport against the fault server: what is retried, what never is, and what the caller sees.

Server request counts are the proof: a POST that might have reached the application is sent once.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import logging
import socket
import zlib
from collections.abc import AsyncIterator, Callable

import httpx2
import pytest

from mihu_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    MihuClient,
    NotFoundError,
    RateLimitError,
)
from mihu_client._backends import HttpBackend, wire_transport_factory
from mihu_client._options import DEFAULT_LIMITS
from mihu_client._transport import MAX_ERROR_BODY, RetryTransport
from tests.conftest import FAST_RETRY, TEST_TOKEN, MakeClient
from tests.servers.fault_server import HTML_502, FaultServer, Reply, http_date

CALL = "/api/v1/call"
"""Places a real phone call in production: the POST that must never be duplicated."""
OK = Reply.json({"success": True, "data": {"uuid": "0b4e7c1e-0000-4000-8000-000000000001"}})
SLOW_READ = httpx2.Timeout(5.0, read=0.2)


@pytest.fixture
def http(mihu: MihuClient) -> httpx2.AsyncClient:
    return mihu.get_async_httpx_client()


# --- idempotent requests are retried ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "status"),
    [("GET", 408), ("GET", 429), ("GET", 500), ("GET", 502), ("GET", 503), ("GET", 504), ("PUT", 503), ("DELETE", 502)],
)
async def test_idempotent_retried_on_transient_status(
    fault_server: FaultServer, http: httpx2.AsyncClient, method: str, status: int
) -> None:
    fault_server.script("/api/v1/contacts", Reply.json({"message": "busy"}, status), OK)
    response = await http.request(method, "/api/v1/contacts")
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert fault_server.count("/api/v1/contacts") == 2


async def test_get_retried_after_read_timeout(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/calls", Reply.json({}, delay=3.0), OK)
    response = await mihu.with_options(timeout=SLOW_READ).get_async_httpx_client().get("/api/v1/calls")
    assert response.status_code == 200
    assert fault_server.count("/api/v1/calls") == 2


@pytest.mark.parametrize("fault", [Reply.dropped(), Reply.truncated({"data": list(range(100))})])
async def test_get_retried_after_dropped_connection(
    fault_server: FaultServer, http: httpx2.AsyncClient, fault: Reply
) -> None:
    fault_server.script("/api/v1/agents", fault, OK)
    assert (await http.get("/api/v1/agents")).status_code == 200
    assert fault_server.count("/api/v1/agents") == 2


async def test_retries_exhausted(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    fault_server.script("/api/v1/contacts", Reply.json({"message": "down"}, 503))
    with pytest.raises(InternalServerError) as caught:
        await http.get("/api/v1/contacts")
    assert caught.value.status_code == 503
    assert caught.value.message == "down"
    assert fault_server.count("/api/v1/contacts") == 3  # first attempt + max_retries=2


# --- POST is never replayed once the server may have acted ------------------------------------------------


@pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 520])
async def test_post_not_replayed_after_5xx(fault_server: FaultServer, http: httpx2.AsyncClient, status: int) -> None:
    fault_server.script(CALL, Reply.json({"message": "upstream failed"}, status), OK)
    with pytest.raises(APIStatusError) as caught:
        await http.post(CALL, json={"to": "+15551234567"})
    assert caught.value.status_code == status
    assert fault_server.count(CALL) == 1


async def test_post_not_replayed_after_read_timeout(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CALL, Reply.json({}, delay=3.0), OK)
    slow = mihu.with_options(timeout=SLOW_READ)
    with pytest.raises(APITimeoutError) as caught:
        await slow.get_async_httpx_client().post(CALL, json={"to": "+15551234567"})
    assert isinstance(caught.value.__cause__, httpx2.ReadTimeout)
    assert await fault_server.wait_for_count(CALL, 1) == 1
    assert fault_server.count(CALL) == 1


@pytest.mark.parametrize("fault", [Reply.dropped(), Reply.truncated({"data": {"uuid": "x" * 100}})])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_not_replayed_after_dropped_connection(
    fault_server: FaultServer, http: httpx2.AsyncClient, fault: Reply, method: str
) -> None:
    fault_server.script(CALL, fault, OK)
    with pytest.raises(APIConnectionError) as caught:
        await http.request(method, CALL, json={"to": "+15551234567"})
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx2.TransportError)
    assert fault_server.count(CALL) == 1


async def test_post_retried_after_429(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    fault_server.script(CALL, Reply.status_only(429, headers={"Retry-After": "0"}), Reply.json({"success": True}, 201))
    response = await http.post(CALL, json={"to": "+15551234567"})
    assert response.status_code == 201
    bodies = [r.body for r in fault_server.requests_for(CALL)]
    assert len(bodies) == 2 and bodies[0] == bodies[1]


async def test_retry_unsafe_opt_in(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/contacts/search", Reply.json({}, 503), OK)
    response = await mihu.with_options(retry_unsafe=True).get_async_httpx_client().post("/api/v1/contacts/search")
    assert response.status_code == 200
    assert fault_server.count("/api/v1/contacts/search") == 2


# --- Retry-After ------------------------------------------------------------------------------------------


async def test_retry_after_ms_is_honoured(
    fault_server: FaultServer, http: httpx2.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mihu_client")
    fault_server.script("/api/v1/contacts", Reply.status_only(429, headers={"retry-after-ms": "30"}), OK)
    assert (await http.get("/api/v1/contacts")).status_code == 200
    [record] = [r for r in caplog.records if r.name == "mihu_client"]
    assert record.mihu_delay == 0.03  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("make_header", "expected"),
    [(lambda: "120", 120.0), (lambda: http_date(3600), 3600.0)],
    ids=["seconds", "http-date"],
)
async def test_retry_after_beyond_cap_raises_with_retry_after(
    fault_server: FaultServer, http: httpx2.AsyncClient, make_header: Callable[[], str], expected: float
) -> None:
    header = make_header()  # an HTTP-date is relative to now: build it when the test runs, not at collection
    fault_server.script(
        "/api/v1/contacts", Reply.json({"message": "Too Many Attempts."}, 429, headers={"Retry-After": header}), OK
    )
    with pytest.raises(RateLimitError) as caught:
        await http.get("/api/v1/contacts")
    assert caught.value.retry_after == pytest.approx(expected, abs=5)
    assert caught.value.message == "Too Many Attempts."
    assert fault_server.count("/api/v1/contacts") == 1


async def test_503_retry_after_beyond_cap(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    fault_server.script("/api/v1/flows", Reply.json({"message": "maintenance"}, 503, headers={"Retry-After": "600"}))
    with pytest.raises(InternalServerError) as caught:
        await http.get("/api/v1/flows")
    assert caught.value.retry_after == 600.0
    assert fault_server.count("/api/v1/flows") == 1


# --- max_retries=0 ---------------------------------------------------------------------------------------


async def test_max_retries_zero_disables_retries(
    fault_server: FaultServer, mihu: MihuClient, make_client: MakeClient
) -> None:
    fault_server.script("/api/v1/contacts", Reply.json({}, 503))
    with pytest.raises(InternalServerError):
        await mihu.with_options(max_retries=0).get_async_httpx_client().get("/api/v1/contacts")
    assert fault_server.count("/api/v1/contacts") == 1

    async with make_client(base_url=fault_server.url, max_retries=0) as no_retry:
        with pytest.raises(InternalServerError):
            await no_retry.get_async_httpx_client().get("/api/v1/contacts")
    assert fault_server.count("/api/v1/contacts") == 2


# --- bodies ----------------------------------------------------------------------------------------------


async def test_one_shot_body_not_retried(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b'{"name": '
        yield b'"x"}'

    fault_server.script("/api/v1/contacts/1", Reply.json({}, 503), OK)
    with pytest.raises(InternalServerError):
        await http.put("/api/v1/contacts/1", content=body())
    assert fault_server.count("/api/v1/contacts/1") == 1


async def test_multipart_body_replayed_in_full(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    upload = "/api/v1/contacts/import"
    fault_server.script(upload, Reply.status_only(429), OK)
    csv = io.BytesIO(b"phone,name\n+15551234567,Ada\n" * 50)
    response = await http.post(upload, data={"list": "leads"}, files={"file": ("leads.csv", csv, "text/csv")})
    assert response.status_code == 200
    first, second = fault_server.requests_for(upload)
    assert b"+15551234567,Ada" in first.body
    assert first.body == second.body


async def test_gzip_success_body_decoded(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    payload = json.dumps({"data": ["a"] * 100}).encode()
    fault_server.script(
        "/z", Reply.raw(gzip.compress(payload), content_type="application/json", headers={"Content-Encoding": "gzip"})
    )
    assert (await http.get("/z")).json() == {"data": ["a"] * 100}


async def test_undecodable_success_body_is_wrapped(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    fault_server.script("/z", Reply.raw(b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    with pytest.raises(APIConnectionError) as caught:
        await http.get("/z")
    assert isinstance(caught.value.__cause__, httpx2.DecodingError)


def _cut_gzip(data: object, cut: int) -> Reply:
    """A gzip JSON body cut ``cut`` bytes before its end, with a Content-Length that matches what is sent."""
    body = gzip.compress(json.dumps(data).encode())
    return Reply.raw(body[:-cut], content_type="application/json", headers={"Content-Encoding": "gzip"})


@pytest.mark.parametrize("cut", [4, 8, 20])
async def test_cut_off_gzip_body_is_an_error_and_retried_for_get(
    fault_server: FaultServer, http: httpx2.AsyncClient, cut: int
) -> None:
    fault_server.script("/z", _cut_gzip({"data": ["a"] * 100}, cut), OK)
    assert (await http.get("/z")).status_code == 200
    assert fault_server.count("/z") == 2


async def test_cut_off_gzip_body_of_a_post_is_not_sent_again(
    fault_server: FaultServer, http: httpx2.AsyncClient
) -> None:
    fault_server.script("/api/v1/call", _cut_gzip({"success": True, "data": {"call_id": "x" * 50}}, 8))
    with pytest.raises(APIConnectionError) as caught:
        await http.post("/api/v1/call", json={"agent_id": 1})
    assert isinstance(caught.value.__cause__, httpx2.DecodingError)
    assert "cut off" in str(caught.value)
    assert fault_server.count("/api/v1/call") == 1


async def test_multi_member_and_deflate_bodies_are_complete(
    fault_server: FaultServer, http: httpx2.AsyncClient
) -> None:
    two_members = gzip.compress(b'{"data": ') + gzip.compress(b"[1, 2]}")
    fault_server.script(
        "/m", Reply.raw(two_members, content_type="application/json", headers={"Content-Encoding": "gzip"})
    )
    assert (await http.get("/m")).json() == {"data": [1, 2]}
    fault_server.script("/d", Reply.raw(zlib.compress(b'{"ok": 1}'), headers={"Content-Encoding": "deflate"}))
    assert (await http.get("/d")).json() == {"ok": 1}
    fault_server.script(
        "/cut", Reply.raw(zlib.compress(b'{"ok": 1}' * 20)[:-3], headers={"Content-Encoding": "deflate"})
    )
    with pytest.raises(APIConnectionError):
        await http.get("/cut")


async def test_error_body_read_is_bounded(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    fault_server.script("/big", Reply.text("<p>" + "x" * 1_000_000, 400))
    fault_server.script("/after", OK)
    with pytest.raises(BadRequestError) as caught:
        await http.get("/big")
    assert len(caught.value.response.content) == MAX_ERROR_BODY
    assert len(caught.value.message) <= 200
    assert (await http.get("/after")).status_code == 200  # the cut connection was not reused


# --- every non-2xx becomes a typed error ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "cls"),
    [
        (Reply.status_only(302, headers={"Location": "https://elsewhere.example/"}), APIStatusError),
        (Reply.json({"message": "CSRF token mismatch."}, 419), APIStatusError),
        (Reply.status_only(499), APIStatusError),
        (Reply.html("<h1>Web server is returning an unknown error</h1>", 520), InternalServerError),
        (Reply.html("<h1>Invalid SSL certificate</h1>", 526), InternalServerError),
        (Reply.html(HTML_502, 502), InternalServerError),
        (Reply.text('{"message": "truncated', 400, content_type="application/json"), BadRequestError),
        (Reply.json({"message": "No query results for model."}, 404), NotFoundError),
    ],
)
async def test_non_2xx_raises_typed_error(
    fault_server: FaultServer, mihu: MihuClient, reply: Reply, cls: type[APIStatusError]
) -> None:
    fault_server.script("/x", reply)
    with pytest.raises(APIStatusError) as caught:
        await mihu.with_options(max_retries=0).get_async_httpx_client().get("/x")
    assert type(caught.value) is cls
    assert caught.value.status_code == reply.status
    assert caught.value.message
    assert len(caught.value.message) <= 200
    assert fault_server.count("/x") == 1


# --- transport failures are wrapped -----------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_connect_error_retried_then_wrapped(
    method: str, caplog: pytest.LogCaptureFixture, make_client: MakeClient
) -> None:
    caplog.set_level(logging.INFO, logger="mihu_client")
    async with make_client(base_url=f"http://127.0.0.1:{closed_port()}", retry_policy=FAST_RETRY) as mihu:
        with pytest.raises(APIConnectionError) as caught:
            await mihu.get_async_httpx_client().request(method, CALL)
    assert isinstance(caught.value.__cause__, httpx2.ConnectError)
    assert not isinstance(caught.value, APITimeoutError)
    assert f"{method} {CALL}" in str(caught.value)
    retries = [r for r in caplog.records if r.name == "mihu_client"]
    assert [r.mihu_attempt for r in retries] == [2, 3]  # type: ignore[attr-defined]
    assert {r.mihu_reason for r in retries} == {"not sent"}  # type: ignore[attr-defined]


async def test_pool_timeout_is_api_timeout(fault_server: FaultServer, make_client: MakeClient) -> None:
    fault_server.script("/slow", Reply.json({}, delay=0.5))
    async with make_client(
        base_url=fault_server.url,
        limits=httpx2.Limits(max_connections=1),
        timeout=httpx2.Timeout(5.0, pool=0.05),
        max_retries=0,
    ) as mihu:
        http = mihu.get_async_httpx_client()
        slow = asyncio.create_task(http.get("/slow"))
        await fault_server.wait_for_count("/slow", 1)
        with pytest.raises(APITimeoutError) as caught:
            await http.get("/other")
        assert isinstance(caught.value.__cause__, httpx2.PoolTimeout)
        assert (await slow).status_code == 200
    assert fault_server.count("/other") == 0


# --- logging ---------------------------------------------------------------------------------------------


async def test_retry_logged_without_token(
    fault_server: FaultServer, http: httpx2.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx2 and httpcore included
    fault_server.script("/api/v1/contacts", Reply.json({"message": "busy"}, 503), Reply.dropped(), OK)
    await http.get("/api/v1/contacts", params={"page": 2})
    retries = [r for r in caplog.records if r.name == "mihu_client"]
    delays = [r.mihu_delay for r in retries]  # type: ignore[attr-defined]
    assert [r.getMessage() for r in retries] == [
        f"Retrying GET /api/v1/contacts (attempt 2 of 3) after HTTP 503; waiting {delays[0]:.3f}s",
        f"Retrying GET /api/v1/contacts (attempt 3 of 3) after connection interrupted; waiting {delays[1]:.3f}s",
    ]
    assert TEST_TOKEN not in caplog.text
    assert fault_server.requests[0].headers["authorization"] == f"Bearer {TEST_TOKEN}"


# --- concurrency and standalone use -----------------------------------------------------------------------


async def test_many_concurrent_calls_through_one_client(fault_server: FaultServer, http: httpx2.AsyncClient) -> None:
    fault_server.script("/api/v1/contacts", OK)
    responses = await asyncio.gather(*(http.get("/api/v1/contacts", params={"i": i}) for i in range(250)))
    assert {r.status_code for r in responses} == {200}
    assert fault_server.count("/api/v1/contacts") == 250
    assert sorted(int(r.query[2:]) for r in fault_server.requests) == list(range(250))


async def test_retry_transport_works_in_a_plain_httpx_client(
    fault_server: FaultServer, http_backend: HttpBackend
) -> None:
    fault_server.script("/a", Reply.json({}, 502), OK)
    wire = wire_transport_factory(http_backend, verify=True, limits=DEFAULT_LIMITS, proxy=None)()
    transport = RetryTransport(wire, max_retries=1, policy=FAST_RETRY)
    async with httpx2.AsyncClient(base_url=fault_server.url, transport=transport) as client:
        assert (await client.get("/a")).status_code == 200
        with pytest.raises(NotFoundError):
            await client.get("/unscripted")
    assert fault_server.count("/a") == 2
