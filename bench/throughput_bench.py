"""Section `throughput`: closed-loop req/s of the SDK on each wire backend next to raw aiohttp and raw httpx2.

Each client gets the same connection limit (100), headers and timeouts (those the SDK uses) and sends the same
GET to the same loopback server; the SDK sides call the namespace method (`mihu.pbx_extension_connectors.get`: retry transport, typed errors, parsing into
the model), the raw sides only `json.loads` the body. Target: the SDK on aiohttp keeps at least 0.6x the
req/s of raw aiohttp at every level. The SDK on httpx2 against raw httpx2 is printed alongside.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from uuid import UUID

import aiohttp
import httpx2

from bench.payloads import PBX_UUID
from bench.report import Figure
from bench.throughput import Call, Contender, render_table, run_closed_loop

__all__ = ["ThroughputSettings", "contenders", "run_throughput"]

AIOHTTP_TARGET = 0.6
"""The SDK on the aiohttp backend keeps at least this share of raw aiohttp's throughput, at every level."""
HTTPX2_TARGET = 0.9
"""The SDK on the default backend keeps at least this share of raw httpx2's throughput, at every level."""
SUSTAIN_FROM = 50
SUSTAIN_TARGET = 0.8
"""With more tasks in flight than SUSTAIN_FROM, the SDK keeps at least this share of its own figure there."""
MAX_CONNECTIONS = 100
PATH = f"/api/v1/pbx_extension_connectors/{PBX_UUID}"


@dataclass(frozen=True)
class ThroughputSettings:
    levels: tuple[int, ...]
    seconds: float
    rounds: int
    layer_rounds: int
    """Rounds of the per-layer CPU breakdown (bench/layers.py) printed with the table."""
    layer_calls: int


def _sdk(backend: str) -> Contender:
    @asynccontextmanager
    async def open_client(base_url: str) -> AsyncIterator[Call]:
        from mihu_client import MihuClient

        limits = httpx2.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS)
        async with MihuClient(base_url=base_url, token="t", limits=limits, http_backend=backend) as mihu:  # type: ignore[arg-type]
            get = mihu.pbx_extension_connectors.get
            uuid = UUID(PBX_UUID)

            async def call() -> object:
                return await get(uuid)

            yield call

    return Contender(f"SDK on {backend}", open_client)


def _sdk_settings() -> tuple[dict[str, str], httpx2.Timeout]:
    """The headers and timeouts the SDK sends with, so the raw clients do the same work on the wire."""
    from mihu_client._client import USER_AGENT
    from mihu_client._options import DEFAULT_TIMEOUT

    headers = {"Accept": "application/json", "User-Agent": USER_AGENT, "Authorization": "Bearer t"}
    return headers, DEFAULT_TIMEOUT


@asynccontextmanager
async def _raw_aiohttp(base_url: str) -> AsyncIterator[Call]:
    headers, timeout = _sdk_settings()
    connector = aiohttp.TCPConnector(limit=MAX_CONNECTIONS)
    client_timeout = aiohttp.ClientTimeout(total=None, connect=timeout.connect, sock_read=timeout.read)
    async with aiohttp.ClientSession(base_url, connector=connector, headers=headers, timeout=client_timeout) as session:

        async def call() -> object:
            async with session.get(PATH) as response:
                return json.loads(await response.read())

        yield call


@asynccontextmanager
async def _raw_httpx2(base_url: str) -> AsyncIterator[Call]:
    headers, timeout = _sdk_settings()
    limits = httpx2.Limits(max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS)
    async with httpx2.AsyncClient(
        base_url=base_url, limits=limits, headers=headers, timeout=timeout, trust_env=False
    ) as client:

        async def call() -> object:
            return json.loads((await client.get(PATH)).content)

        yield call


def contenders() -> list[Contender]:
    """The four clients of the table; other tables can reuse or extend the list."""
    return [
        Contender("raw aiohttp", _raw_aiohttp),
        _sdk("aiohttp"),
        Contender("raw httpx2", _raw_httpx2),
        _sdk("httpx2"),
    ]


def run_throughput(base_url: str, settings: ThroughputSettings) -> tuple[list[Figure], list[str]]:
    """Figures (SDK/raw req/s ratios per level) and the req/s table as a note."""
    results = run_closed_loop(
        base_url, contenders(), levels=settings.levels, seconds=settings.seconds, rounds=settings.rounds
    )
    figures: list[Figure] = []
    for level in settings.levels:
        pairs = [("SDK on aiohttp", "raw aiohttp", AIOHTTP_TARGET), ("SDK on httpx2", "raw httpx2", HTTPX2_TARGET)]
        for sdk, raw, target in pairs:
            mine, theirs = results[sdk][level], results[raw][level]
            figures.append(
                Figure(
                    "throughput",
                    f"{level} tasks in flight: {sdk} vs {raw} (req/s ratio, higher is better)",
                    mine.best / theirs.best if theirs.best else 0.0,
                    f"{mine.best:.0f} vs {theirs.best:.0f} req/s, best of {len(mine.rounds)} rounds "
                    f"of {settings.seconds:g} s",
                    target,
                    at_least=True,
                )
            )
    if SUSTAIN_FROM in settings.levels:
        for sdk in ("SDK on httpx2", "SDK on aiohttp"):
            base = results[sdk][SUSTAIN_FROM].best
            for level in (level for level in settings.levels if level > SUSTAIN_FROM):
                rate = results[sdk][level].best
                figures.append(
                    Figure(
                        "throughput",
                        f"{sdk}: {level} tasks in flight vs {SUSTAIN_FROM} (no collapse under load)",
                        rate / base if base else 0.0,
                        f"{rate:.0f} vs {base:.0f} req/s",
                        SUSTAIN_TARGET,
                        at_least=True,
                    )
                )
    table = render_table(results, baselines=("raw aiohttp", "raw httpx2"))
    return figures, [f"closed loop, {MAX_CONNECTIONS} connections per client:\n{table}"]
