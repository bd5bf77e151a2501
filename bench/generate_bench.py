"""Section `generate`: wall time of a full regeneration from the committed snapshot.

Runs `scripts/generate.py --target <scratch>/mihu_client/_generated`, so the committed tree is never
touched. The scratch directory sits under the repo's ignored build/ folder because the script reports
its output path relative to the repo.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.report import Figure, format_seconds

__all__ = ["GenerateSettings", "run_generate"]

ROOT = Path(__file__).resolve().parent.parent
GENERATE_TARGET = 15.0


@dataclass(frozen=True)
class GenerateSettings:
    runs: int


def _generate_once(scratch: Path) -> float:
    target = scratch / "mihu_client" / "_generated"
    shutil.rmtree(scratch / "mihu_client", ignore_errors=True)
    target.parent.mkdir(parents=True)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "scripts/generate.py", "--target", str(target)], cwd=ROOT, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not (target / "__init__.py").exists():
        raise RuntimeError(f"scripts/generate.py failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return elapsed


def run_generate(settings: GenerateSettings) -> tuple[list[Figure], list[str]]:
    """The figure for the `generate` section."""
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="bench-generate-", dir=build))
    try:
        times = [_generate_once(scratch) for _ in range(settings.runs)]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    median = statistics.median(times)
    runs = ", ".join(format_seconds(t) for t in times)
    figure = Figure(
        "generate", "make generate (full spec) wall time", median, f"runs: {runs}", GENERATE_TARGET, unit="s"
    )
    return [figure], []
