"""The Prism manager leaves nothing behind and decodes Prism's violation header."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx2
import pytest

from tests.servers.prism import PrismError, PrismServer, violations


def test_start_serves_the_spec_and_stop_frees_the_port() -> None:
    with PrismServer() as server:
        process = server._process
        assert process is not None
        response = httpx2.get(f"{server.base_url}/api/v1/agents", headers={"Authorization": "Bearer t"}, timeout=10)
        assert response.status_code == 200
        port = server.port
    assert process.poll() is not None
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port or 0), timeout=1):
        pass
    server.stop()  # idempotent


def test_missing_spec_fails_fast_with_prisms_output(tmp_path: Path) -> None:
    server = PrismServer(spec=tmp_path / "missing.json", startup_timeout=30)
    with pytest.raises(PrismError, match="exited during startup"):
        server.start()
    assert not server.running


def test_violations_decodes_the_header() -> None:
    header = '[{"location":["request","body"],"severity":"Error","code":"required","message":"m"}]'
    assert violations({"sl-violations": header})[0]["code"] == "required"
    assert violations({}) == []
    assert violations({"sl-violations": "Too many violations! [{"})[0]["severity"] == "Error"
