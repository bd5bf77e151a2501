"""Interleaved timing: run the cases of one comparison in alternating rounds, compare round by round.

Absolute times drift on a shared machine (other processes, CPU frequency). Running A B, B A, A B … and
taking the median of the per-round ratios A/B compares samples taken moments apart, so drift cancels
and the ratios hold even when the times don't. Alternating the order keeps either case from always
running first.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from bench.report import format_seconds

__all__ = ["Timings", "interleave", "interleave_async", "paired_ratio", "paired_uncertainty"]


@dataclass(frozen=True)
class Timings:
    """Seconds per operation for each round of one case."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float | None:
        """Relative half-width of the middle half of the samples (0.02 = ±2 %), to judge the noise."""
        if len(self.samples) < 4:
            return None
        low, _, high = statistics.quantiles(self.samples, n=4)
        return (high - low) / 2 / self.median

    def describe(self, name: str) -> str:
        """`name 1.23 ms (±2%)`: the median and, given enough rounds, how noisy it was."""
        spread = self.spread
        return f"{name} {format_seconds(self.median)}" + ("" if spread is None else f" (±{spread:.0%})")


def paired_ratio(case: Timings, baseline: Timings) -> float:
    """Median over rounds of case/baseline, each ratio taken from samples of the same round."""
    return Timings(_ratios(case, baseline)).median


def paired_uncertainty(case: Timings, baseline: Timings) -> float | None:
    """Relative half-width of a ~95 % confidence interval for `paired_ratio` (0.02: the ratio ±2 %).

    From the scatter of the per-round ratios (the noise left after drift cancels): the interquartile
    range estimates their standard deviation, and a median's standard error is 1.25 sigma/sqrt(n).
    """
    ratios = Timings(_ratios(case, baseline))
    spread = ratios.spread
    if spread is None:
        return None
    sigma = 2 * spread / 1.349
    return 1.96 * 1.2533 * sigma / math.sqrt(len(ratios.samples))


def _ratios(case: Timings, baseline: Timings) -> list[float]:
    return [a / b for a, b in zip(case.samples, baseline.samples, strict=True)]


def _orders(names: list[str], rounds: int) -> list[list[str]]:
    return [names if i % 2 == 0 else names[::-1] for i in range(rounds)]


def interleave(cases: Mapping[str, Callable[[], object]], *, rounds: int, inner: int) -> dict[str, Timings]:
    """Time each case `inner` times per round, for `rounds` interleaved rounds."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for order in _orders(list(cases), rounds):
        for name in order:
            call = cases[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(inner):
                call()
            samples[name].append((time.perf_counter() - start) / inner)
    return {name: Timings(values) for name, values in samples.items()}


async def interleave_async(
    cases: Mapping[str, Callable[[], Awaitable[object]]], *, rounds: int, inner: int
) -> dict[str, Timings]:
    """`interleave` for coroutines: each sample awaits the case `inner` times, one after another."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for order in _orders(list(cases), rounds):
        for name in order:
            call = cases[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(inner):
                await call()
            samples[name].append((time.perf_counter() - start) / inner)
    return {name: Timings(values) for name, values in samples.items()}
