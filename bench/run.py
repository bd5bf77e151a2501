"""`make bench`: how fast mihu-client is next to its baselines, measured side by side in one run.

Sections: `get` (one request, SDK vs raw httpx2), `fanout` (500 concurrent requests), `throughput`
(closed-loop req/s at 1 to 2,000 tasks in flight, the SDK on each wire backend vs raw aiohttp and raw httpx2),
`parse` (1000-item page into models vs pydantic v2, msgspec as reference), `import` (fresh interpreters vs
`import httpx2`) and `generate` (full regeneration wall time). Every figure is a ratio of medians from interleaved rounds
(absolute times vary between runs on a shared machine; ratios hold) or, for `generate`, seconds.

`--quick` is the smoke mode used by the test suite: tiny counts, nothing judged. A full run exits 1 when
a figure misses its target (`--no-enforce` keeps it at 0) and prints where the time goes for each miss.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate_bench import GenerateSettings, run_generate  # noqa: E402
from bench.http_bench import HttpSettings, run_http  # noqa: E402
from bench.import_bench import ImportSettings, run_import  # noqa: E402
from bench.layers import run_layers  # noqa: E402
from bench.parse_bench import ParseSettings, run_parse  # noqa: E402
from bench.report import Figure  # noqa: E402
from bench.server import BenchServer  # noqa: E402
from bench.throughput_bench import ThroughputSettings, run_throughput  # noqa: E402

SECTIONS = ("get", "fanout", "throughput", "parse", "import", "generate")


@dataclass(frozen=True)
class Settings:
    http: HttpSettings
    throughput: ThroughputSettings
    parse: ParseSettings
    imports: ImportSettings
    generate: GenerateSettings


FULL = Settings(
    http=HttpSettings(rounds=81, sequential_calls=40, fanout_calls=500, fanout_rounds=25),
    throughput=ThroughputSettings(levels=(1, 50, 500, 2000), seconds=2.0, rounds=3, layer_rounds=15, layer_calls=100),
    parse=ParseSettings(rounds=21, page_size=1000, page_inner=3, item_inner=300),
    imports=ImportSettings(rounds=15),
    generate=GenerateSettings(runs=3),
)
QUICK = Settings(
    http=HttpSettings(rounds=2, sequential_calls=3, fanout_calls=20, fanout_rounds=1),
    throughput=ThroughputSettings(levels=(1, 50), seconds=0.1, rounds=1, layer_rounds=1, layer_calls=3),
    parse=ParseSettings(rounds=2, page_size=1000, page_inner=1, item_inner=5),
    imports=ImportSettings(rounds=1),
    generate=GenerateSettings(runs=1),
)

Result = tuple[list[Figure], list[str]]


def _http(settings: HttpSettings, explain: bool) -> Result:
    with BenchServer() as server:
        return run_http(server.url, settings, explain=explain)


def _throughput(settings: ThroughputSettings) -> Result:
    with BenchServer() as server:
        figures, notes = run_throughput(server.url, settings)
        notes.append(run_layers(server.url, rounds=settings.layer_rounds, calls=settings.layer_calls))
        return figures, notes


def _plan(wanted: set[str], quick: bool) -> list[tuple[str, Callable[[], Result]]]:
    """The groups of sections to run, in order; `get` and `fanout` share one server and one client."""
    settings = QUICK if quick else FULL
    explain = not quick
    plan: list[tuple[str, Callable[[], Result]]] = []
    if wanted & {"get", "fanout"}:
        plan.append(("get+fanout", lambda: _http(settings.http, explain)))
    if "throughput" in wanted:
        plan.append(("throughput", lambda: _throughput(settings.throughput)))
    if "parse" in wanted:
        plan.append(("parse", lambda: run_parse(settings.parse, explain=explain)))
    if "import" in wanted:
        plan.append(("import", lambda: run_import(settings.imports, explain=explain)))
    if "generate" in wanted:
        plan.append(("generate", lambda: run_generate(settings.generate)))
    return plan


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("mihu-client", "httpx2", "aiohttp", "pydantic", "msgspec", "attrs"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} missing")
    return ", ".join(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smoke mode: tiny counts, targets not judged")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only this section (repeatable)")
    parser.add_argument("--no-enforce", action="store_true", help="exit 0 even when a target is missed")
    args = parser.parse_args(argv)
    wanted = set(args.only or SECTIONS)
    judged = not args.quick
    # The bench payloads carry an envelope `message` the schemas do not list: real drift, but not news here.
    logging.getLogger("mihu_client.drift").setLevel(logging.ERROR)

    print(f"mihu-client benchmarks{' (quick smoke run: tiny counts, not judged)' if args.quick else ''}")
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; {_versions()}")
    print("ratios: SDK time / baseline time, medians of per-round ratios from interleaved rounds (lower is better)")
    if importlib.util.find_spec("sniffio") is None:
        print(
            "note: sniffio is not installed, so httpcore retries `import sniffio` on every request; "
            "that cost is in both sides of the get/fanout ratios"
        )
    print()

    figures: list[Figure] = []
    failed: list[str] = []
    started = time.perf_counter()
    for name, section in _plan(wanted, args.quick):
        try:
            new_figures, notes = section()
        except Exception:
            failed.append(name)
            print(f"[{name}] ERROR\n{traceback.format_exc()}", flush=True)
            continue
        for figure in new_figures:
            if figure.section in wanted:
                figures.append(figure)
                print(figure.render(judged), flush=True)
        for note in notes:
            print("    " + note.replace("\n", "\n    "), flush=True)

    misses = [figure for figure in figures if judged and figure.passed is False]
    passes = [figure for figure in figures if judged and figure.passed]
    summary = f"{len(passes)} PASS, {len(misses)} MISS" if judged else f"{len(figures)} figures"
    print(
        f"\nbench: {summary}{f', {len(failed)} section(s) failed' if failed else ''} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    if failed:
        return 2
    return 1 if misses and not args.no_enforce else 0


if __name__ == "__main__":
    sys.exit(main())
