"""Where a sequential GET spends the client's CPU, layer by layer, on each wire backend.

Every case sends the same GET to the loopback server; cases are interleaved round by round and each figure is
the median over rounds of client CPU microseconds per request (CPU time, not wall time: the server and other
load on the machine do not count). The difference between consecutive rows is what that layer costs:

    raw client             the library's own client (aiohttp.ClientSession / httpx2.AsyncClient) + json.loads,
                           with the SDK's headers and timeouts
    + SDK wire transport   the SDK's wire alone (AiohttpTransport / httpx2.AsyncHTTPTransport) + json.loads;
                           for httpx2 this is below the raw client, which adds its client layer
    + httpx2 client        SdkHttpClient: URL join, headers, Request, send machinery
    + RetryTransport       retry loop, body read inside the transport, typed errors
    + generated operation  the generated function, parsing into the model (no json.loads of our own)
    + namespace method     mihu.pbx_extension_connectors.get
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from uuid import UUID

import aiohttp
import httpx2

from bench.payloads import PBX_UUID

__all__ = ["run_layers"]

PATH = f"/api/v1/pbx_extension_connectors/{PBX_UUID}"
Call = Callable[[], Awaitable[object]]


async def _cases(base_url: str, backend: str, stack: list[object]) -> list[tuple[str, Call]]:
    from mihu_client import MihuClient
    from mihu_client._backends import wire_transport_factory
    from mihu_client._generated.api.pbx_extension_connectors import get_pbx_extension_connector as operation
    from mihu_client._http_client import SdkHttpClient
    from mihu_client._options import DEFAULT_LIMITS, DEFAULT_TIMEOUT
    from mihu_client._transport import RetryTransport

    url = base_url + PATH
    uuid = UUID(PBX_UUID)
    headers = {"Accept": "application/json", "User-Agent": "bench", "Authorization": "Bearer t"}
    if backend == "aiohttp":
        timeout = aiohttp.ClientTimeout(total=None, connect=DEFAULT_TIMEOUT.connect, sock_read=DEFAULT_TIMEOUT.read)
        session = aiohttp.ClientSession(headers=headers, timeout=timeout)
        stack.append(session)

        async def raw() -> object:
            async with session.get(url) as response:
                return json.loads(await response.read())

    else:
        pool = httpx2.AsyncClient(headers=headers, timeout=DEFAULT_TIMEOUT)
        stack.append(pool)

        async def raw() -> object:
            return json.loads((await pool.get(url)).content)

    wire = wire_transport_factory(backend, verify=True, limits=DEFAULT_LIMITS, proxy=None)()  # type: ignore[arg-type]
    stack.append(wire)
    request = httpx2.Request("GET", url, headers=headers, extensions={"timeout": DEFAULT_TIMEOUT.as_dict()})

    async def transport() -> object:
        response = await wire.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return json.loads(response.content)

    client = SdkHttpClient(base_url=base_url, transport=wire, timeout=DEFAULT_TIMEOUT)

    async def http_client() -> object:
        return json.loads((await client.get(PATH)).content)

    retrying = SdkHttpClient(base_url=base_url, transport=RetryTransport(wire, close_transport=False))

    async def retry_transport() -> object:
        return json.loads((await retrying.get(PATH)).content)

    mihu = MihuClient(base_url=base_url, token="t", http_backend=backend)  # type: ignore[arg-type]
    stack.append(mihu)

    async def generated() -> object:
        return await operation.asyncio(uuid=uuid, client=mihu)

    get = mihu.pbx_extension_connectors.get

    async def namespace() -> object:
        return await get(uuid)

    return [
        ("raw client", raw),
        ("+ SDK wire transport", transport),
        ("+ httpx2 client", http_client),
        ("+ RetryTransport", retry_transport),
        ("+ generated operation", generated),
        ("+ namespace method", namespace),
    ]


async def _close(stack: list[object]) -> None:
    for item in reversed(stack):
        close = getattr(item, "aclose", None) or getattr(item, "close", None)
        if close is not None:
            await close()


async def _measure(base_url: str, rounds: int, calls: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for backend in ("aiohttp", "httpx2"):
        stack: list[object] = []
        try:
            cases = await _cases(base_url, backend, stack)
            samples: dict[str, list[float]] = {name: [] for name, _ in cases}
            for _, call in cases:
                for _ in range(50):
                    await call()
            for number in range(rounds):
                for name, call in cases if number % 2 == 0 else cases[::-1]:
                    started = time.process_time()
                    for _ in range(calls):
                        await call()
                    samples[name].append((time.process_time() - started) / calls)
            results[backend] = {name: statistics.median(values) for name, values in samples.items()}
        finally:
            await _close(stack)
    return results


def run_layers(base_url: str, *, rounds: int, calls: int) -> str:
    """The per-layer table, as text: CPU µs per request and each layer's increment, for both backends."""
    results = asyncio.run(_measure(base_url, rounds, calls))
    names = list(next(iter(results.values())))
    lines = [f"{'client CPU per sequential GET':<26}" + "".join(f"{b:>12}{'':>9}" for b in results)]
    previous = dict.fromkeys(results, 0.0)
    for name in names:
        cells = ""
        for backend, by_name in results.items():
            value = by_name[name]
            cells += f"{value * 1e6:>10.1f}µs ({(value - previous[backend]) * 1e6:+6.1f})"
            previous[backend] = value
        lines.append(f"{name:<26}{cells}")
    return "per-request cost by layer (median of interleaved rounds, client CPU time):\n" + "\n".join(lines)
