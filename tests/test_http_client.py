"""SdkHttpClient joins URLs exactly as httpx2.AsyncClient does, only faster."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from mihu_client._http_client import SdkHttpClient

BASES = ["http://127.0.0.1:8000", "https://acme.mihu.ai", "https://proxy.example.com/mihu/", "http://[::1]:4010/a"]
PATHS = [
    "/api/v1/contacts",
    "/api/v1/pbx_extension_connectors/6f1c1d1e-9a5b-4c1e-8f51-2b7d0c3a9e10",
    "/api/v1/contacts?page=2&status=active",
    "/api/v1/files/report.csv",
    "/api/v1/a/../b/./c",
    "/api/v1/x%2Fy/%E2%82%AC",
    "/api/v1/with space/€?q=a b&r=€",
    "/api/v1/contacts?",
    "/",
    "/api/v1/x#frag",
    "/api/v1/q?a=`{}`&b=?c",
    "/api/v1/`{}`",
    "/api/v1/100%/x%zz?p=%",
    '/api/v1/"quoted"<>',
    "/api/v1/tab\there",
    "//elsewhere.example/path",
    "relative/path",
    "https://other.example/abs",
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_join_equals_httpx2(base: str, path: str) -> None:
    try:
        expected = httpx2.AsyncClient(base_url=base).build_request(
            "GET", path, params={"k": "v €"} if "?" in path else None
        )
    except httpx2.InvalidURL:
        with pytest.raises(httpx2.InvalidURL):
            SdkHttpClient(base_url=base).build_request("GET", path)
        return
    ours = SdkHttpClient(base_url=base).build_request("GET", path, params={"k": "v €"} if "?" in path else None)
    assert ours.url == expected.url
    assert str(ours.url) == str(expected.url)
    assert ours.url.raw_path == expected.url.raw_path
    assert ours.headers["host"] == expected.headers["host"]


def test_invalid_path_still_refused() -> None:
    with pytest.raises(httpx2.InvalidURL):
        SdkHttpClient(base_url="https://acme.mihu.ai").build_request("GET", "/api/v1/\x00")


def test_a_changed_base_url_is_used() -> None:
    client = SdkHttpClient(base_url="https://acme.mihu.ai")
    client.build_request("GET", "/a")
    client.base_url = httpx2.URL("https://other.mihu.ai/prefix")
    assert str(client.build_request("GET", "/a").url) == "https://other.mihu.ai/prefix/a"


def test_headers_are_merged_as_httpx2_does() -> None:
    defaults = {"Accept": "application/json", "Authorization": "Bearer t"}
    for extra in (None, {}, {"accept": "text/csv", "X-Trace": "1"}):
        ours = SdkHttpClient(base_url="https://acme.mihu.ai", headers=defaults).build_request(
            "GET", "/a", headers=extra
        )
        theirs = httpx2.AsyncClient(base_url="https://acme.mihu.ai", headers=defaults).build_request(
            "GET", "/a", headers=extra
        )
        assert ours.headers.raw == theirs.headers.raw
    client = SdkHttpClient(base_url="https://acme.mihu.ai", headers=defaults)
    request = client.build_request("GET", "/a")
    request.headers["X-Changed"] = "1"
    assert "x-changed" not in client.headers  # the request got its own copy


METHODS = ["GET", "delete", "POST", "PUT", "PATCH", "QUERY"]
BODIES: list[Any] = [None, {}, {"name": "Zoë", "tags": [1, 2]}, [1, "a"], "text", 0]
REQUEST_HEADERS: list[dict[str, str] | None] = [
    None,
    {"Content-Type": "application/merge-patch+json"},
    {"Content-Length": "999"},
    {"Transfer-Encoding": "chunked"},
    {"Host": "other.example"},
    {"Accept": "text/csv", "X-Trace": "t-1"},
]
PARAMS: list[Any] = [None, {}, {"page": 2, "q": "a b€"}]


def _built(client: httpx2.AsyncClient, method: str, **kwargs: Any) -> tuple[Any, ...]:
    request = client.build_request(method, "/api/v1/contacts?sort=name", **kwargs)
    return (request.method, str(request.url), request.headers.raw, request.read(), request.extensions)


NO_NETWORK = httpx2.MockTransport(lambda request: httpx2.Response(200))
"""Clients that only build requests get this instead of a pool (creating an SSL context per client is slow)."""
SETTINGS: dict[str, Any] = {
    "base_url": "https://acme.mihu.ai",
    "headers": {"Accept": "application/json", "Authorization": "Bearer t"},
    "timeout": httpx2.Timeout(3.0, read=7.0),
    "transport": NO_NETWORK,
}
OURS, THEIRS = SdkHttpClient(**SETTINGS), httpx2.AsyncClient(**SETTINGS)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("headers", REQUEST_HEADERS)
def test_requests_equal_httpx2s(method: str, body: Any, headers: dict[str, str] | None) -> None:
    """Method, URL, every header in order, body and extensions, as httpx2.AsyncClient builds them."""
    for params in PARAMS:
        arguments = {"json": body, "headers": headers, "params": params}
        assert _built(OURS, method, **arguments) == _built(THEIRS, method, **arguments)


def test_client_headers_changed_in_place_are_used() -> None:
    """Requests share the work done on the client's header set; a header set changed in place is new work."""
    ours, theirs = SdkHttpClient(**SETTINGS), httpx2.AsyncClient(**SETTINGS)
    for change in ({"Host": "other.example"}, {"Content-Length": "0"}, {"Content-Type": "text/plain"}):
        for client in (ours, theirs):
            client.build_request("POST", "/api/v1/contacts")
            client.headers.update(change)
        for method, body in (("POST", None), ("GET", None), ("PATCH", {"a": 1})):
            assert _built(ours, method, json=body) == _built(theirs, method, json=body)


def test_requests_for_one_path_share_an_equal_url_but_not_headers() -> None:
    client = SdkHttpClient(**SETTINGS)
    first, second = client.build_request("GET", "/api/v1/contacts/1"), client.build_request("GET", "/api/v1/contacts/1")
    assert first.url == second.url and str(first.url) == "https://acme.mihu.ai/api/v1/contacts/1"
    first.headers["X-Only-First"] = "1"
    assert "x-only-first" not in second.headers
    for number in range(2000):  # more distinct paths than are kept: each still joins right
        assert client.build_request("GET", f"/api/v1/contacts/{number}").url.path == f"/api/v1/contacts/{number}"


def test_other_bodies_cookies_and_options_are_built_by_httpx2() -> None:
    settings: dict[str, Any] = {"base_url": "https://acme.mihu.ai", "params": {"v": "1"}, "transport": NO_NETWORK}
    for arguments in (
        {"content": b"raw"},
        {"data": {"a": "1"}},
        {"timeout": 1.0},
        {"extensions": {"trace": None}},
    ):
        assert _built(SdkHttpClient(**settings), "POST", **arguments) == _built(
            httpx2.AsyncClient(**settings), "POST", **arguments
        )
    ours = SdkHttpClient(base_url="https://acme.mihu.ai", transport=NO_NETWORK)
    theirs = httpx2.AsyncClient(base_url="https://acme.mihu.ai", transport=NO_NETWORK)
    for client in (ours, theirs):
        client.cookies.set("session", "s-1", domain="acme.mihu.ai")
    assert _built(ours, "GET") == _built(theirs, "GET")
    assert ours.build_request("GET", "/a").headers["cookie"] == "session=s-1"


def test_a_changed_timeout_is_used() -> None:
    client = SdkHttpClient(base_url="https://acme.mihu.ai", timeout=1.0, transport=NO_NETWORK)
    assert client.build_request("GET", "/a").extensions["timeout"]["read"] == 1.0
    client.timeout = httpx2.Timeout(9.0)
    assert client.build_request("GET", "/a").extensions["timeout"]["read"] == 9.0


def _answering(*responses: httpx2.Response) -> tuple[httpx2.MockTransport, list[httpx2.Request]]:
    seen: list[httpx2.Request] = []
    queue = list(responses)

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return queue.pop(0)

    return httpx2.MockTransport(handler), seen


async def test_sent_responses_are_whole_as_httpx2_leaves_them() -> None:
    transport, _ = _answering(httpx2.Response(200, json={"ok": True}, headers={"X-Request-Id": "r-1"}))
    async with SdkHttpClient(base_url="https://acme.mihu.ai", transport=transport) as client:
        request = client.build_request("GET", "/a")
        response = await client.send(request)
    assert response.request is request
    assert response.json() == {"ok": True}
    assert response.is_closed
    assert response.elapsed.total_seconds() >= 0
    assert response.headers["x-request-id"] == "r-1"


async def test_cookies_a_response_sets_are_sent_back() -> None:
    transport, seen = _answering(
        httpx2.Response(200, headers={"Set-Cookie": "session=s-1; Path=/"}), httpx2.Response(200)
    )
    async with SdkHttpClient(base_url="https://acme.mihu.ai", transport=transport) as client:
        await client.get("/a")
        await client.get("/b")
    assert "cookie" not in seen[0].headers
    assert seen[1].headers["cookie"] == "session=s-1"


async def test_a_redirect_is_not_followed_but_offered() -> None:
    transport, seen = _answering(httpx2.Response(302, headers={"Location": "/elsewhere"}))
    async with SdkHttpClient(base_url="https://acme.mihu.ai", transport=transport) as client:
        response = await client.get("/a")
    assert len(seen) == 1
    assert response.status_code == 302
    assert response.next_request is not None
    assert str(response.next_request.url) == "https://acme.mihu.ai/elsewhere"


async def test_hooks_auth_and_streaming_go_through_httpx2() -> None:
    transport, seen = _answering(httpx2.Response(200, content=b"a"), httpx2.Response(200, content=b"b"))
    calls: list[str] = []

    async def on_request(request: httpx2.Request) -> None:
        calls.append(request.url.path)

    async with SdkHttpClient(
        base_url="https://acme.mihu.ai", transport=transport, event_hooks={"request": [on_request]}
    ) as client:
        await client.get("/hooked", auth=("user", "pass"))
        async with client.stream("GET", "/streamed") as response:
            assert await response.aread() == b"b"
    assert calls == ["/hooked", "/streamed"]
    assert seen[0].headers["authorization"].startswith("Basic ")


async def test_transport_errors_carry_their_request() -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused")

    async with SdkHttpClient(base_url="https://acme.mihu.ai", transport=httpx2.MockTransport(refuse)) as client:
        request = client.build_request("GET", "/a")
        with pytest.raises(httpx2.ConnectError) as caught:
            await client.send(request)
    assert caught.value.request is request


async def test_a_closed_client_refuses_to_send() -> None:
    client = SdkHttpClient(base_url="https://acme.mihu.ai", transport=_answering()[0])
    await client.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await client.get("/a")


def test_headers_set_on_a_built_request_take_utf8_as_on_httpx2s() -> None:
    """A header set after building (as extra_headers are) may be UTF-8, exactly as on httpx2's requests."""
    for client in (OURS, THEIRS):
        request = client.build_request("GET", "/a")
        request.headers["X-Name"] = "Zoë"
        assert request.headers.raw[-1] == (b"X-Name", "Zoë".encode())
