"""Run a command against the Prism mock of the committed spec (or a real tenant, only when asked to).

    python scripts/with_mock_server.py -- python examples/quickstart.py

Prism is started on a free 127.0.0.1 port and the command gets MIHU_BASE_URL=http://127.0.0.1:PORT and
MIHU_API_TOKEN=mock-token; Prism is stopped when the command ends. That holds even when MIHU_TENANT and
MIHU_API_TOKEN are set (a shell that exports them must not make a demo create real records): only with
MIHU_DEMO_REAL=1 as well does the command talk to that tenant, with no mock started. The exit status
is the command's own.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers.prism import SPEC, PrismError, PrismServer  # noqa: E402

MOCK_TOKEN = "mock-token"
REAL_SWITCH = "MIHU_DEMO_REAL"


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through the finally blocks that stop Prism and the command


def run(command: list[str], env: dict[str, str]) -> int:
    process = subprocess.Popen(command, env=env)
    try:
        code = process.wait()
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    return code if code >= 0 else 128 - code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=SPEC, help="OpenAPI document to mock (default: the snapshot)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command given (put it after --)")
    signal.signal(signal.SIGTERM, _stop_on_sigterm)

    env = dict(os.environ)
    tenant = env.get("MIHU_TENANT") or env.get("MIHU_BASE_URL")
    if env.get(REAL_SWITCH) == "1":
        if not (tenant and env.get("MIHU_API_TOKEN")):
            print(
                f"with_mock_server: {REAL_SWITCH}=1 needs MIHU_TENANT (or MIHU_BASE_URL) and MIHU_API_TOKEN",
                file=sys.stderr,
            )
            return 2
        print(f"with_mock_server: {REAL_SWITCH}=1; running against {tenant}", file=sys.stderr)
        return run(command, env)
    if tenant:
        print(
            f"with_mock_server: ignoring the tenant in the environment ({tenant}); set {REAL_SWITCH}=1 to use it",
            file=sys.stderr,
        )

    try:
        with PrismServer(args.spec) as server:
            env.pop("MIHU_TENANT", None)
            env.pop(REAL_SWITCH, None)
            env.update(MIHU_BASE_URL=server.base_url, MIHU_API_TOKEN=MOCK_TOKEN)
            print(f"with_mock_server: Prism mock of {args.spec.name} on {server.base_url}", file=sys.stderr)
            return run(command, env)
    except PrismError as exc:
        print(f"with_mock_server: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
