"""The benchmark code works: `bench/run.py --quick` runs every section and prints a figure for each.

Smoke mode only (tiny counts, no targets judged): timings are never asserted here; the full run is
`make bench`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("get", "fanout", "throughput", "parse", "import", "generate")
FIGURE = re.compile(r"^\[(?P<section>[a-z]+)\]\s+(?P<value>\d+\.\d+)(?:x| s| ms| µs)\s", re.MULTILINE)


def test_quick_run_prints_a_figure_for_every_section() -> None:
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--quick"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "ERROR" not in done.stdout, output

    printed = {match["section"] for match in FIGURE.finditer(done.stdout)}
    missing = [section for section in SECTIONS if section not in printed]
    assert not missing, f"no figure printed for {missing}:\n{output}"
    for match in FIGURE.finditer(done.stdout):
        assert float(match["value"]) > 0, match.group(0)
