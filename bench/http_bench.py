"""Sections `get` and `fanout`: the SDK's per-request cost against raw httpx2 on the same loopback server.

The SDK side is a real `MihuClient` calling the generated `get_pbx_extension_connector` operation (and the
`mihu.pbx_extension_connectors.get` namespace method when it exists), so it pays for the retry transport,
typed errors and parsing into models. The baseline is an `httpx2.AsyncClient` with the same headers,
timeouts and connection limits that only `json.loads` the body — the cost the SDK is allowed to add to.
A third, informational case sends through the SDK's own httpx2 client but skips the generated code, which
splits the overhead between the transport layer and the generated operation.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx2

from bench.payloads import PBX_UUID
from bench.report import Figure, medians_of
from bench.timing import Timings, interleave_async, paired_ratio, paired_uncertainty

__all__ = ["HttpSettings", "run_http"]

REQUEST_TARGET = 1.05
PATH = f"/api/v1/pbx_extension_connectors/{PBX_UUID}"


@dataclass(frozen=True)
class HttpSettings:
    rounds: int
    sequential_calls: int
    fanout_calls: int
    fanout_rounds: int


Call = Callable[[], Awaitable[Any]]


def _raw_client(mihu: Any, base_url: str) -> httpx2.AsyncClient:
    """A plain client configured like the SDK's: same headers, timeouts and pool limits."""
    from mihu_client._options import DEFAULT_LIMITS

    return httpx2.AsyncClient(
        base_url=base_url,
        headers=dict(mihu.get_async_httpx_client().headers),
        timeout=mihu.timeout,
        limits=DEFAULT_LIMITS,
        follow_redirects=False,
        trust_env=False,
    )


def _cases(mihu: Any, raw: httpx2.AsyncClient) -> tuple[dict[str, Call], list[str]]:
    from mihu_client._generated.api.pbx_extension_connectors import get_pbx_extension_connector as operation

    uuid = UUID(PBX_UUID)
    sdk_http = mihu.get_async_httpx_client()

    async def raw_get() -> Any:
        return json.loads((await raw.get(PATH)).content)

    async def transport_get() -> Any:
        return json.loads((await sdk_http.get(PATH)).content)

    async def sdk_get() -> Any:
        return await operation.asyncio(uuid=uuid, client=mihu)

    cases: dict[str, Call] = {"raw": raw_get, "sdk": sdk_get, "transport": transport_get}
    facade = getattr(getattr(mihu, "pbx_extension_connectors", None), "get", None)
    if facade is None:
        return cases, ["mihu.pbx_extension_connectors.get is not available: namespace figures skipped"]

    async def facade_get() -> Any:
        return await facade(uuid)

    cases["facade"] = facade_get
    return cases, []


async def _check(cases: dict[str, Call]) -> None:
    """Fail loudly if a side is not doing the work it is credited with (a parsed model vs a dict)."""
    from mihu_client._generated.models.pbx_extension_connector_item import PbxExtensionConnectorItem

    for name in ("raw", "transport"):
        body = await cases[name]()
        if body["data"]["pbx_extension_connector_uuid"] != PBX_UUID:
            raise RuntimeError(f"{name}: unexpected body {body!r:.200}")
    for name in ("sdk", "facade"):
        if name in cases:
            parsed = await cases[name]()
            data = getattr(parsed, "data", None)
            if not isinstance(data, PbxExtensionConnectorItem) or data.pbx_extension_connector_uuid != UUID(PBX_UUID):
                raise RuntimeError(f"{name}: expected a parsed PbxExtensionConnectorItem, got {parsed!r:.200}")


def _fanout(call: Call, count: int) -> Call:
    async def batch() -> None:
        await asyncio.gather(*(call() for _ in range(count)))

    return batch


def _figure(section: str, label: str, timings: dict[str, Timings], name: str, target: float | None) -> Figure:
    case, raw = timings[name], timings["raw"]
    detail = f"{case.describe(name)} vs {raw.describe('raw')}, {medians_of(len(raw.samples))}"
    return Figure(section, label, paired_ratio(case, raw), detail, target, noise=paired_uncertainty(case, raw))


def _breakdown(timings: dict[str, Timings]) -> str:
    """Where the SDK's extra time per request goes: each layer's share of the per-round ratios."""
    raw = timings["raw"]
    layers = [("SDK httpx2 client (RetryTransport)", "transport"), ("generated operation (parse, glue)", "sdk")]
    if "facade" in timings:
        layers.append(("namespace method", "facade"))
    lines = [f"{'raw httpx2 + json.loads':<38} {raw.median * 1e6:8.1f} µs"]
    previous = 1.0
    for label, name in layers:
        ratio = paired_ratio(timings[name], raw)
        lines.append(f"{'+ ' + label:<38} {(ratio - previous) * raw.median * 1e6:+8.1f} µs")
        previous = ratio
    return "per-request overhead by layer (from the per-round ratios):\n" + "\n".join(lines)


async def _measure(base_url: str, settings: HttpSettings, explain: bool) -> tuple[list[Figure], list[str]]:
    from mihu_client import MihuClient

    async with MihuClient(base_url=base_url, token="t") as mihu, _raw_client(mihu, base_url) as raw:
        cases, notes = _cases(mihu, raw)
        await _check(cases)
        for call in cases.values():  # warm up: open the pools' connections, fill caches
            await _fanout(call, settings.fanout_calls)()

        sequential = await interleave_async(cases, rounds=settings.rounds, inner=settings.sequential_calls)
        batches = {name: _fanout(call, settings.fanout_calls) for name, call in cases.items() if name != "transport"}
        concurrent = await interleave_async(batches, rounds=settings.fanout_rounds, inner=1)

    target = REQUEST_TARGET
    figures = [_figure("get", "one GET: SDK operation → model vs raw httpx2 + json.loads", sequential, "sdk", target)]
    if "facade" in cases:
        figures.append(
            _figure("get", "one GET: mihu.pbx_extension_connectors.get vs raw", sequential, "facade", target)
        )
    figures.append(
        _figure("get", "one GET: SDK httpx2 client + json.loads vs raw (layer)", sequential, "transport", None)
    )
    count = settings.fanout_calls
    figures.append(
        _figure("fanout", f"{count} concurrent GETs: SDK operation vs raw httpx2", concurrent, "sdk", target)
    )
    if "facade" in cases:
        figures.append(
            _figure("fanout", f"{count} concurrent GETs: namespace method vs raw", concurrent, "facade", target)
        )
    if explain and any(figure.passed is False for figure in figures):
        notes.append(_breakdown(sequential))
    return figures, notes


def run_http(base_url: str, settings: HttpSettings, *, explain: bool) -> tuple[list[Figure], list[str]]:
    """Figures for the `get` and `fanout` sections, plus notes (skipped figures, a breakdown of misses)."""
    return asyncio.run(_measure(base_url, settings, explain))
