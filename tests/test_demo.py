"""`make demo` end to end: the quickstart runs against the Prism mock and says what it did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_runs_against_the_mock_even_with_a_tenant_configured() -> None:
    """A tenant and token in the environment do not reach a real tenant without MIHU_DEMO_REAL=1."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIHU_")}
    env.update(MIHU_TENANT="example-tenant", MIHU_API_TOKEN="not-a-real-token")
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
    assert "ignoring the tenant in the environment (example-tenant)" in result.stderr


def test_a_real_tenant_needs_the_explicit_switch() -> None:
    """With MIHU_DEMO_REAL=1 the command gets the tenant's settings untouched and no mock is started."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIHU_")}
    env.update(MIHU_DEMO_REAL="1", MIHU_TENANT="example-tenant", MIHU_API_TOKEN="not-a-real-token")
    show = "import os; print(os.environ.get('MIHU_TENANT'), os.environ.get('MIHU_BASE_URL'))"
    command = [sys.executable, "scripts/with_mock_server.py", "--", sys.executable, "-c", show]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["example-tenant", "None"]
    assert "MIHU_DEMO_REAL=1; running against example-tenant" in result.stderr

    del env["MIHU_API_TOKEN"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "needs MIHU_TENANT" in result.stderr
