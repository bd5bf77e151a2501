"""Objects of the old ``httpx`` package: settings are converted and work on the wire, transports are refused.

mihu-client is built on httpx2; a caller migrating from httpx may still hold ``httpx.Timeout`` and friends.
"""

from __future__ import annotations

import asyncio

import httpx
import httpx2
import pytest

from mihu_client import APITimeoutError, MihuClient
from tests.conftest import FAST_RETRY, TEST_TOKEN
from tests.servers.fault_server import FaultServer, Reply

SLOW = Reply.json({"success": True}, delay=1.0)


def client(server: FaultServer, **kwargs: object) -> MihuClient:
    return MihuClient(base_url=server.url, token=TEST_TOKEN, retry_policy=FAST_RETRY, max_retries=0, **kwargs)  # type: ignore[arg-type]


async def test_old_timeout_is_converted_and_enforced(fault_server: FaultServer) -> None:
    fault_server.script("/slow", SLOW)
    async with client(fault_server, timeout=httpx.Timeout(5.0, read=0.1)) as mihu:
        assert isinstance(mihu.timeout, httpx2.Timeout)
        assert (mihu.timeout.connect, mihu.timeout.read) == (5.0, 0.1)
        with pytest.raises(APITimeoutError):
            await mihu.get_async_httpx_client().get("/slow")


async def test_old_timeout_in_with_options_and_per_call_options(fault_server: FaultServer) -> None:
    fault_server.script("/slow", SLOW)
    async with client(fault_server) as mihu:
        fast = mihu.with_options(timeout=httpx.Timeout(0.1))
        assert fast.timeout == httpx2.Timeout(0.1)
        with pytest.raises(APITimeoutError):
            await fast.get_async_httpx_client().get("/slow")


async def test_old_limits_serialise_requests_beyond_the_bound(fault_server: FaultServer) -> None:
    fault_server.script("/slow", Reply.json({"ok": True}, delay=0.2))
    async with client(fault_server, limits=httpx.Limits(max_connections=1)) as mihu:
        http = mihu.get_async_httpx_client()
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.gather(*(http.get("/slow") for _ in range(3)))
        assert loop.time() - started >= 0.55  # one connection: three 0.2 s replies one after another


async def test_old_proxy_is_converted_and_used(fault_server: FaultServer) -> None:
    """The fault server plays the forward proxy: it receives the absolute URL and the proxy's headers."""
    target = "http://127.0.0.1:9/api/v1/agents"  # port 9 (discard) has no listener: only the proxy can answer
    fault_server.script(target, Reply.json({"success": True, "data": []}))
    proxy = httpx.Proxy(fault_server.url, headers={"X-Proxy-Token": "p1"})
    async with MihuClient(base_url="http://127.0.0.1:9", token=TEST_TOKEN, proxy=proxy, max_retries=0) as mihu:
        response = await mihu.get_async_httpx_client().get("/api/v1/agents")
    assert response.json() == {"success": True, "data": []}
    (seen,) = fault_server.requests_for(target)
    assert seen.headers["x-proxy-token"] == "p1"


@pytest.mark.parametrize("transport", [httpx.AsyncHTTPTransport(), httpx.MockTransport(lambda request: None)])  # type: ignore[arg-type,return-value]
def test_old_transport_is_refused_with_what_to_pass(transport: object) -> None:
    with pytest.raises(TypeError, match=r"old httpx package.*httpx2\.AsyncBaseTransport"):
        MihuClient(base_url="https://acme.mihu.ai", token=TEST_TOKEN, transport=transport)  # type: ignore[arg-type]


def test_other_transport_objects_are_refused() -> None:
    with pytest.raises(TypeError, match=r"must be an httpx2\.AsyncBaseTransport"):
        MihuClient(base_url="https://acme.mihu.ai", token=TEST_TOKEN, transport=object())  # type: ignore[arg-type]


def test_other_old_objects_are_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"httpx\.URL comes from the old httpx package.*httpx2\.URL"):
        MihuClient(base_url="https://acme.mihu.ai", token=TEST_TOKEN, timeout=httpx.URL("https://x"))  # type: ignore[arg-type]
