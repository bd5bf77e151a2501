"""Admission in front of the pool: arrival order kept, the pool timeout kept, no slot lost to cancellation."""

from __future__ import annotations

import asyncio
import contextlib
import json

import httpx2
import pytest

from mihu_client import APITimeoutError, MihuClient
from mihu_client._admission import Admission, AdmittedTransport
from tests.conftest import FAST_RETRY, TEST_TOKEN
from tests.servers.fault_server import FaultServer, RecordedRequest, Reply

REQUEST = httpx2.Request("GET", "http://127.0.0.1/")


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
        for n in range(40):  # 40 callers, one connection, a gate of two: 38 queue here in order
            tasks.append(asyncio.create_task(http.put("/q", json={"n": n})))
            await asyncio.sleep(0)  # each task reaches the gate before the next is created
        await asyncio.gather(*tasks)
    assert order == list(range(40))


async def test_waiting_at_the_gate_counts_against_the_pool_timeout(fault_server: FaultServer) -> None:
    fault_server.script("/slow", Reply.json({"ok": True}, delay=1.5))
    async with client(fault_server, connections=1, pool_timeout=0.3) as mihu:
        http = mihu.get_async_httpx_client()
        holder = asyncio.create_task(http.get("/slow"))  # the only connection
        await fault_server.wait_for_count("/slow", 1)
        in_pool = asyncio.create_task(http.get("/slow"))  # admitted, waits inside the pool
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(APITimeoutError, match="PoolTimeout"):
            await http.get("/slow")  # waits at the gate, then would wait in the pool
        assert loop.time() - started < 0.55, "the gate and the pool each waited the whole pool timeout"
        with pytest.raises(APITimeoutError):
            await in_pool
        await holder


async def test_a_slot_handed_to_a_cancelled_waiter_is_passed_on() -> None:
    gate = Admission(1)
    await gate.acquire(None, REQUEST)
    first = asyncio.create_task(gate.acquire(None, REQUEST))
    second = asyncio.create_task(gate.acquire(None, REQUEST))
    await asyncio.sleep(0)
    gate.release()  # hands the slot to `first`...
    first.cancel()  # ...which is cancelled before it runs
    with contextlib.suppress(asyncio.CancelledError):
        await first
    await asyncio.wait_for(second, 1.0)  # so `second` gets it
    assert gate.in_use == 1
    gate.release()
    assert gate.in_use == 0


async def test_a_cancelled_waiter_leaves_the_queue() -> None:
    gate = Admission(1)
    await gate.acquire(None, REQUEST)
    waiters = [asyncio.create_task(gate.acquire(None, REQUEST)) for _ in range(5)]
    await asyncio.sleep(0)
    for waiter in waiters[:4]:
        waiter.cancel()
    await asyncio.gather(*waiters[:4], return_exceptions=True)
    assert gate.waiting == 1
    gate.release()
    await asyncio.wait_for(waiters[4], 1.0)
    gate.release()
    assert (gate.in_use, gate.waiting) == (0, 0)


async def test_gate_timeout_raises_pool_timeout() -> None:
    gate = Admission(1)
    await gate.acquire(None, REQUEST)
    with pytest.raises(httpx2.PoolTimeout):
        await gate.acquire(0.05, REQUEST)
    gate.release()
    assert gate.in_use == 0


def test_admission_wraps_only_the_default_pool() -> None:
    default = MihuClient(base_url="http://127.0.0.1:9", token=TEST_TOKEN)
    custom = MihuClient(base_url="http://127.0.0.1:9", token=TEST_TOKEN, transport=httpx2.AsyncHTTPTransport())
    unlimited = MihuClient(base_url="http://127.0.0.1:9", token=TEST_TOKEN, limits=httpx2.Limits(max_connections=None))
    assert isinstance(default._pool._factory(), AdmittedTransport)
    assert not isinstance(custom._pool._factory(), AdmittedTransport)
    assert not isinstance(unlimited._pool._factory(), AdmittedTransport)
