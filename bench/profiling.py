"""Short cProfile summaries printed under a missed figure, to show where the time goes."""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Callable
from pathlib import Path

__all__ = ["top_functions"]

_ROOT = str(Path(__file__).resolve().parent.parent) + "/"


def top_functions(call: Callable[[], object], *, repeat: int, limit: int = 10) -> str:
    """The functions with the most own time over `repeat` calls, as aligned text lines."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    rows = sorted(raw.items(), key=lambda item: item[1][2], reverse=True)[:limit]
    lines = [f"{'own time':>10} {'share':>6} {'calls/op':>9}  function (times inflated by cProfile; read the shares)"]
    for (filename, line, name), (_, calls, own, _, _) in rows:
        where = filename.removeprefix(_ROOT)
        if "site-packages/" in where:
            where = where.split("site-packages/", 1)[1]
        per_op = calls / repeat
        lines.append(f"{own / repeat * 1e6:>8.1f}µs {own / total:>6.0%} {per_op:>9.0f}  {name} ({where}:{line})")
    return "\n".join(lines)
