"""The default wire's FIFO connection pool: arrival order, the pool timeout, keep-alive limits, reuse.

The cancellation storms (test_cancellation.py) and the chaos test prove that no slot is ever lost."""

from __future__ import annotations

import asyncio
import json

import httpx2
import pytest

from mihu_client import APITimeoutError, MihuClient
from tests.conftest import FAST_RETRY, TEST_TOKEN
from tests.servers.fault_server import FaultServer, RecordedRequest, Reply


def client(server: FaultServer, *, connections: int, pool_timeout: float = 5.0) -> MihuClient:
    return MihuClient(
        base_url=server.url,
        token=TEST_TOKEN,
        retry_policy=FAST_RETRY,
        max_retries=0,
        timeout=httpx2.Timeout(5.0, pool=pool_timeout),
        limits=httpx2.Limits(max_connections=connections, max_keepalive_connections=connections),
    )


async def test_requests_reach_the_server_in_arrival_order(fault_server: FaultServer) -> None:
    order: list[int] = []

    def responder(request: RecordedRequest) -> Reply:
        order.append(json.loads(request.body)["n"])
        return Reply.json({"ok": True}, delay=0.02)

    fault_server.respond("/q", responder)
    async with client(fault_server, connections=1) as mihu:
        http = mihu.get_async_httpx_client()
        tasks = []
        for n in range(40):  # 40 callers, one connection: 39 wait their turn
            tasks.append(asyncio.create_task(http.put("/q", json={"n": n})))
            await asyncio.sleep(0)  # each task reaches the pool before the next is created
        await asyncio.gather(*tasks)
    assert order == list(range(40))


async def test_waiting_for_a_connection_ends_at_the_pool_timeout(fault_server: FaultServer) -> None:
    fault_server.script("/slow", Reply.json({"ok": True}, delay=1.5))
    async with client(fault_server, connections=1, pool_timeout=0.3) as mihu:
        http = mihu.get_async_httpx_client()
        holder = asyncio.create_task(http.get("/slow"))  # the only connection
        await fault_server.wait_for_count("/slow", 1)
        in_pool = asyncio.create_task(http.get("/slow"))  # waits for the connection
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(APITimeoutError, match="PoolTimeout"):
            await http.get("/slow")  # waits behind it
        assert loop.time() - started < 0.55
        with pytest.raises(APITimeoutError):
            await in_pool
        await holder


async def test_idle_connections_beyond_the_keepalive_limit_are_closed(fault_server: FaultServer) -> None:
    fault_server.script("/slow", Reply.json({"ok": True}, delay=0.1))
    async with MihuClient(
        base_url=fault_server.url,
        token=TEST_TOKEN,
        limits=httpx2.Limits(max_connections=4, max_keepalive_connections=1),
    ) as mihu:
        http = mihu.get_async_httpx_client()
        await asyncio.gather(*(http.get("/slow") for _ in range(4)))
        pool = _pool(mihu)
        assert len(pool.connections) == 1
        assert (await http.get("/slow")).status_code == 200
        assert len(pool.connections) == 1, "the idle connection was reused"


async def test_a_connection_the_server_closed_while_idle_is_replaced(fault_server: FaultServer) -> None:
    fault_server.script("/once", Reply.json({"ok": True}, headers={"Connection": "close"}))
    async with client(fault_server, connections=1) as mihu:
        http = mihu.get_async_httpx_client()
        for _ in range(5):  # each answer closes its connection; the next request must not fail on it
            assert (await http.get("/once")).status_code == 200
        assert _pool(mihu).waiting == 0


def test_the_default_wire_uses_the_fifo_pool_unless_proxied() -> None:
    from mihu_client._backends.httpx2_pool import FifoConnectionPool, Httpx2Transport

    direct = Httpx2Transport(verify=True, limits=httpx2.Limits(max_connections=5), proxy=None)
    proxied = Httpx2Transport(verify=True, limits=httpx2.Limits(max_connections=5), proxy="http://127.0.0.1:9")
    assert isinstance(direct._pool, FifoConnectionPool)
    assert not isinstance(proxied._pool, FifoConnectionPool)


def _pool(mihu: MihuClient) -> object:
    """The FIFO pool under a client's default wire (for counting its connections)."""
    from mihu_client._backends.httpx2_pool import FifoConnectionPool

    mihu.get_async_httpx_client()
    pool = mihu._pool._transport._pool  # type: ignore[union-attr]
    assert isinstance(pool, FifoConnectionPool)
    return pool
