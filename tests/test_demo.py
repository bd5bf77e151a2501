"""`make demo` end to end: the quickstart runs against the Prism mock and says what it did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_runs_against_the_mock() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIHU_")}  # never a real tenant here
    result = subprocess.run(
        [sys.executable, "scripts/with_mock_server.py", "--", sys.executable, "examples/quickstart.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    output = result.stdout
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{output}\nstderr:\n{result.stderr}"
    lines = output.splitlines()
    for expected in (
        "Talking to http://127.0.0.1:",
        "Agents:",
        "PBX extension connector",
        "Created contact",
        "Call placed",
        "NotFoundError (404)",
        "Done.",
    ):
        assert any(expected in line for line in lines), f"no line with {expected!r} in:\n{output}"
    assert "local mock server" in output
