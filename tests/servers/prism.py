"""Run the Prism mock server on the committed OpenAPI snapshot, on a free 127.0.0.1 port.

Used by the contract tests (a session fixture) and by scripts/with_mock_server.py (`make demo`).
Prism serves every path at the root of its own address: the spec's servers (`https://{subdomain}.mihu.ai`
and `/docs`) are only checked when a request carries `?__server=`, so clients use `http://127.0.0.1:PORT`
as their base URL. Request validation is on (Prism's mock default): a request that breaks the spec gets
the operation's 422/400 response (or a generated problem body) and the violations in the `sl-violations`
response header, which `violations()` decodes.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "api-docs.json"
VIOLATIONS_HEADER = "sl-violations"


class PrismError(RuntimeError):
    """Prism is missing, did not start in time, or exited."""


def prism_executable() -> str:
    """The project's pinned Prism (node_modules, from `npm ci`), else one on PATH."""
    local = ROOT / "node_modules" / ".bin" / "prism"
    if local.exists():
        return str(local)
    found = shutil.which("prism")
    if found is None:
        raise PrismError(f"Prism not found at {local} or on PATH; run `make install` (npm ci)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS considers free right now (Prism binds it a moment later; start() retries a race)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def violations(headers: Any) -> list[dict[str, Any]]:
    """Decode Prism's `sl-violations` header (request and response violations) from any headers mapping."""
    raw = headers.get(VIOLATIONS_HEADER) if headers is not None else None
    if not raw:
        return []
    try:
        decoded = json.loads(raw)
    except ValueError:  # Prism truncates very long lists behind a "Too many violations!" prefix.
        return [{"location": ["request"], "severity": "Error", "message": str(raw)}]
    return [item for item in decoded if isinstance(item, dict)]


class PrismServer:
    """One Prism mock process in its own process group; a context manager that always stops it."""

    def __init__(
        self,
        spec: Path = SPEC,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        errors: bool = False,
        startup_timeout: float = 60.0,
    ) -> None:
        self.spec = spec
        self.host = host
        self.port = port
        self.errors = errors
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise PrismError("Prism is not started")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> str:
        """Start Prism and wait until it accepts connections; return its base URL."""
        if self.running:
            return self.base_url
        fixed_port = self.port
        last_error: PrismError | None = None
        for _ in range(1 if fixed_port is not None else 3):  # a free port can be taken before Prism binds it
            self.port = fixed_port if fixed_port is not None else free_port(self.host)
            self._spawn()
            try:
                self._wait_until_listening()
                return self.base_url
            except PrismError as exc:
                last_error = exc
                self.stop()
                if "EADDRINUSE" not in str(exc):
                    break
        assert last_error is not None
        raise last_error

    def _spawn(self) -> None:
        command = [prism_executable(), "mock", str(self.spec), "-h", self.host, "-p", str(self.port)]
        if self.errors:
            command.append("--errors")
        self._log = tempfile.TemporaryFile(prefix="prism-", suffix=".log")  # noqa: SIM115 - closed by stop()
        self._process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() takes node and anything it forks
        )
        atexit.register(self.stop)

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                raise PrismError(f"Prism exited during startup:\n{self.log_tail()}")
            try:
                with socket.create_connection((self.host, self.port or 0), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise PrismError(
            f"Prism did not listen on {self.base_url} within {self.startup_timeout:.0f} s:\n{self.log_tail()}"
        )

    def log_tail(self, limit: int = 4000) -> str:
        """The end of Prism's combined output, for failure messages."""
        if self._log is None or self._log.closed:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")[-limit:]

    def stop(self) -> None:
        """Terminate the process group; escalate to SIGKILL after a grace period. Idempotent."""
        process, self._process = self._process, None
        if process is not None:
            atexit.unregister(self.stop)
            if process.poll() is None:
                _signal_group(process, signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    _signal_group(process, signal.SIGKILL)
                    process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> PrismServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


def _signal_group(process: subprocess.Popen[bytes], signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)
