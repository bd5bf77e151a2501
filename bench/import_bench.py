"""Section `import`: how long `import mihu_client` (and getting ready for a first call) takes next to
`import httpx2`, each timed inside a fresh interpreter so nothing is already in `sys.modules`.

Interpreter start-up is left out (the clock starts after it) and runs alternate between the cases.
Bytecode is cached in a scratch `PYTHONPYCACHEPREFIX` for every module, ours and the dependencies', so
no side pays for compiling source (installed packages ship compiled; `PYTHONDONTWRITEBYTECODE` in the
environment would otherwise make only our modules compile on every run).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.report import Figure, format_seconds, medians_of
from bench.timing import Timings, paired_ratio, paired_uncertainty

__all__ = ["ImportSettings", "run_import"]

ROOT = Path(__file__).resolve().parent.parent
IMPORT_TARGET = 1.5

FIRST_NAMESPACE = """\
import mihu_client
mihu = mihu_client.MihuClient(base_url="http://127.0.0.1:9", token="t")
namespace = mihu.pbx_extension_connectors
"""
"""The issue's figure: the import, a client, and the first use of a namespace."""

FIRST_CALL = (
    FIRST_NAMESPACE
    + """\
import mihu_client._generated.api.pbx_extension_connectors.get_pbx_extension_connector
"""
)
"""Everything a first `get_pbx_extension_connector` call needs loaded (its module and models), short of
opening a connection."""

ASYNCIO = "import asyncio"
"""Already loaded in any program that awaits an async client; timed before the clock starts."""

WATCHED = ("asyncio", "attrs", "attr", "dateutil.parser", "uuid", "dataclasses")
"""Modules a first call pulls in beyond httpx2's own imports; their cumulative times are printed on a miss."""

CASES: dict[str, tuple[str, str]] = {
    "httpx2": ("", "import httpx2"),
    "mihu_client": ("", "import mihu_client"),
    "first_namespace": ("", FIRST_NAMESPACE),
    "first_call": ("", FIRST_CALL),
    "httpx_in_asyncio": (ASYNCIO, "import httpx2"),
    "first_call_in_asyncio": (ASYNCIO, FIRST_CALL),
}
"""name -> (statements run before the clock starts, statements timed)."""


@dataclass(frozen=True)
class ImportSettings:
    rounds: int


def _environment(cache: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _time_once(case: tuple[str, str], env: dict[str, str]) -> float:
    before, timed = case
    code = f"{before}\nimport time\n_start = time.perf_counter()\n{timed}\nprint(time.perf_counter() - _start)\n"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _importtime(statement: str, env: dict[str, str], limit: int = 12) -> str:
    """`python -X importtime`'s modules with the most own time, for a missed figure."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(own), int(cumulative), name.removeprefix(" ")))
    top = sorted(rows, key=lambda row: row[0], reverse=True)[:limit]
    lines = [f"{'own':>9} {'cumulative':>11}  module (nesting shows who imported what)"]
    lines += [f"{own / 1000:>7.1f}ms {cumulative / 1000:>9.1f}ms  {name.strip()}" for own, cumulative, name in top]
    roots = sorted((row for row in rows if not row[2].startswith(" ")), key=lambda row: row[1], reverse=True)
    lines.append("top-level imports by cumulative time: " + ", ".join(f"{n} {c / 1000:.1f}ms" for _, c, n in roots[:8]))
    totals = {name.strip(): total for _, total, name in rows}
    watched = [f"{name} {totals[name] / 1000:.1f}ms" for name in WATCHED if name in totals]
    lines.append("dependencies that httpx2 alone does not import, cumulative: " + ", ".join(watched))
    return "\n".join(lines)


def _figures(timings: dict[str, Timings], rounds: int) -> list[Figure]:
    def vs(case: str, baseline: str) -> str:
        return f"{format_seconds(timings[case].median)} vs {format_seconds(timings[baseline].median)}"

    each = medians_of(rounds, "fresh interpreter") + " each"
    return [
        Figure(
            "import",
            "import mihu_client vs import httpx2",
            paired_ratio(timings["mihu_client"], timings["httpx2"]),
            f"{vs('mihu_client', 'httpx2')}, {each}",
            IMPORT_TARGET,
            noise=paired_uncertainty(timings["mihu_client"], timings["httpx2"]),
        ),
        Figure(
            "import",
            "import + MihuClient() + first use of a namespace vs import httpx2",
            paired_ratio(timings["first_namespace"], timings["httpx2"]),
            f"{vs('first_namespace', 'httpx2')}, {each}",
            IMPORT_TARGET,
            noise=paired_uncertainty(timings["first_namespace"], timings["httpx2"]),
        ),
        Figure(
            "import",
            "+ the first call's operation module and models vs import httpx2",
            paired_ratio(timings["first_call"], timings["httpx2"]),
            vs("first_call", "httpx2"),
        ),
        Figure(
            "import",
            "same, asyncio already imported on both sides",
            paired_ratio(timings["first_call_in_asyncio"], timings["httpx_in_asyncio"]),
            vs("first_call_in_asyncio", "httpx_in_asyncio"),
        ),
    ]


def run_import(settings: ImportSettings, *, explain: bool) -> tuple[list[Figure], list[str]]:
    """Figures for the `import` section; with `explain`, an import-time breakdown of each miss."""
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as cache:
        env = _environment(cache)
        for case in CASES.values():  # the first run compiles bytecode into the cache; leave it out
            _time_once(case, env)
        samples: dict[str, list[float]] = {name: [] for name in CASES}
        names = list(CASES)
        for i in range(settings.rounds):
            for name in names if i % 2 == 0 else names[::-1]:
                samples[name].append(_time_once(CASES[name], env))
        figures = _figures({name: Timings(values) for name, values in samples.items()}, settings.rounds)
        notes = [
            f"where `{figure.label}` spends its time (python -X importtime):\n{_importtime(CASES[case][1], env)}"
            for figure, case in zip(figures[:2], ("mihu_client", "first_namespace"), strict=True)
            if explain and figure.passed is False
        ]
    return figures, notes
