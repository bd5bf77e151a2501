"""Closed-loop throughput: N tasks each send GETs back to back for a fixed time; requests per second.

A shared driver for any set of clients: each contender is a name and a factory that opens a client for a base
URL and yields the coroutine function making one call (and closes the client afterwards). The server runs in
another process (`bench.server`), so serving does not share the GIL with the clients. Every contender runs at
every level in the same run, in alternating order per round, and the best round counts (other load on a
shared machine only ever slows a round down).

Each round also records how evenly the calls were spread over the tasks: the median task's completed calls
over the mean task's. A client whose finishing task may take the freed connection ahead of the tasks already
waiting (raw aiohttp's connector does) scores near 0 with many tasks in flight: most tasks wait out the round.

Before any round, every contender opens its client and makes some calls once. Setting up a client (importing
its modules, building its SSL context) changes the C allocator's state for the whole process: measured here,
raw aiohttp in a fresh process takes no page faults per request, and two per request (about 10 µs on this
kind of VM) once any other client has been created. Without the pass, whichever contender ran first would be
timed in a state no later one can get back to.

    results = run_closed_loop(url, [Contender("raw aiohttp", raw_aiohttp), ...], levels=(1, 50), seconds=2)
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field

__all__ = ["Contender", "LevelResult", "render_table", "run_closed_loop"]

Call = Callable[[], Awaitable[object]]
OpenClient = Callable[[str], AbstractAsyncContextManager[Call]]
"""Given the server's base URL, an async context that yields one-call coroutine functions on an open client."""


@dataclass(frozen=True)
class Contender:
    name: str
    open: OpenClient
    max_in_flight: int | None = None
    """Skip levels above this (a client known to collapse would take minutes to finish a round)."""


@dataclass
class LevelResult:
    """Requests per second of one contender at one level, one entry per round; errors seen in all rounds."""

    rounds: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str = ""
    fairness: list[float] = field(default_factory=list)
    """Per round: the median task's completed calls over the mean task's (1.0: every task got its turn)."""

    @property
    def best(self) -> float:
        return max(self.rounds, default=0.0)

    @property
    def best_fairness(self) -> float:
        """The fairness of the round that counts (the best one)."""
        return self.fairness[self.rounds.index(self.best)] if self.rounds else 0.0


async def _drive(call: Call, tasks: int, seconds: float, result: LevelResult) -> None:
    """``tasks`` workers calling back to back until the deadline; completed calls per second into ``result``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    completed = [0] * tasks

    async def worker(number: int) -> None:
        while loop.time() < deadline:
            try:
                await call()
            except Exception as exc:  # counted and reported, never hidden in the req/s figure
                result.errors += 1
                result.first_error = result.first_error or f"{type(exc).__name__}: {exc}"[:200]
            else:
                completed[number] += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker(number) for number in range(tasks)))
    done = sum(completed)
    result.rounds.append(done / (time.perf_counter() - started))
    result.fairness.append(statistics.median(completed) / (done / tasks) if done else 0.0)


async def _run(
    base_url: str, contenders: Sequence[Contender], levels: Sequence[int], seconds: float, rounds: int, warmup: int
) -> dict[str, dict[int, LevelResult]]:
    results: dict[str, dict[int, LevelResult]] = {c.name: {} for c in contenders}
    for contender in contenders:  # every client once before any is timed: see the module docstring
        async with contender.open(base_url) as call:
            await asyncio.gather(*(call() for _ in range(warmup)))
    for level in levels:
        for round_number in range(rounds):
            order = list(contenders) if round_number % 2 == 0 else list(reversed(contenders))
            for contender in order:
                if contender.max_in_flight is not None and level > contender.max_in_flight:
                    continue
                result = results[contender.name].setdefault(level, LevelResult())
                async with contender.open(base_url) as call:
                    await asyncio.gather(*(call() for _ in range(min(level, warmup))))  # open connections
                    await _drive(call, level, seconds, result)
    return results


def run_closed_loop(
    base_url: str,
    contenders: Sequence[Contender],
    *,
    levels: Sequence[int] = (1, 50, 500, 2000),
    seconds: float = 2.0,
    rounds: int = 2,
    warmup: int = 100,
) -> dict[str, dict[int, LevelResult]]:
    """req/s for every contender at every level: ``results[name][level].best``."""
    return asyncio.run(_run(base_url, contenders, levels, seconds, rounds, warmup))


def render_table(results: dict[str, dict[int, LevelResult]], baselines: Sequence[str] = ()) -> str:
    """A text table: req/s per contender and level, then each contender's ratio to each baseline."""
    levels = sorted({level for by_level in results.values() for level in by_level})
    width = max(len(name) for name in results) + 2
    lines = [f"{'req/s, tasks in flight →':<{width}}" + "".join(f"{level:>10}" for level in levels)]
    for name, by_level in results.items():
        cells = "".join(f"{by_level[lv].best:>10.0f}" if lv in by_level else f"{'-':>10}" for lv in levels)
        lines.append(f"{name:<{width}}" + cells)
    for baseline in baselines:
        for name, by_level in results.items():
            if name == baseline:
                continue
            base = results[baseline]
            cells = "".join(
                f"{by_level[lv].best / base[lv].best:>9.2f}x" if lv in by_level and base[lv].best else f"{'-':>10}"
                for lv in levels
            )
            lines.append(f"{(name + ' / ' + baseline):<{width}}" + cells)
    lines.append(f"{'median task / mean task (fairness)':<{width}}" + "".join(f"{level:>10}" for level in levels))
    for name, by_level in results.items():
        cells = "".join(f"{by_level[lv].best_fairness:>10.2f}" if lv in by_level else f"{'-':>10}" for lv in levels)
        lines.append(f"{name:<{width}}" + cells)
    for name, by_level in results.items():
        for level, result in by_level.items():
            if result.errors:
                lines.append(f"{name} at {level}: {result.errors} failed calls, first: {result.first_error}")
    return "\n".join(lines)
