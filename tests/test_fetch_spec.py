"""scripts/fetch_spec.py run as a user would, against a 127.0.0.1 server serving good and broken documents.

Every failure must leave the snapshot byte-identical and say why in one line; success must write the
snapshot in its one stable formatting.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "fetch_spec.py"
COMMITTED = ROOT / "openapi" / "api-docs.json"
GOOD_BYTES = COMMITTED.read_bytes()
GOOD: dict[str, Any] = json.loads(GOOD_BYTES)


def serialise(document: Any) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def changed_document() -> dict[str, Any]:
    """The committed document with one operation added, one removed, a parameter made required and a field retyped."""
    doc = copy.deepcopy(GOOD)
    doc["paths"]["/api/v1/spec-test-widgets"] = {
        "post": {
            "operationId": "createSpecTestWidget",
            "tags": ["Spec Test Widgets"],
            "responses": {"201": {"description": "Created"}},
        }
    }
    del doc["paths"]["/api/v1/contacts/{uuid}"]["delete"]
    for param in doc["paths"]["/api/v1/contacts"]["get"]["parameters"]:
        if param["name"] == "status":
            param["required"] = True
    doc["components"]["schemas"]["Contact"]["properties"]["phone_number"]["type"] = "integer"
    return doc


def compatible_document() -> dict[str, Any]:
    """The committed document plus one operation: changed, nothing breaks."""
    doc = copy.deepcopy(GOOD)
    doc["paths"]["/api/v1/spec-test-widgets"] = {
        "get": {
            "operationId": "listSpecTestWidgets",
            "tags": ["Spec Test Widgets"],
            "responses": {"200": {"description": "OK"}},
        }
    }
    return doc


INVALID_OPENAPI = {  # a path parameter that no operation declares: the validator rejects it
    "openapi": "3.0.3",
    "info": {"title": "broken", "version": "1"},
    "paths": {"/things/{id}": {"get": {"responses": {"200": {"description": "OK"}}}}},
}
SWAGGER = {"swagger": "2.0", "info": {"title": "old", "version": "1"}, "paths": {"/x": {}}}
HTML = b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>"

Handler = Callable[[BaseHTTPRequestHandler, threading.Event], None]


def _send(body: bytes, status: int = 200, content_type: str = "application/json", length: bool = True) -> Handler:
    def handle(request: BaseHTTPRequestHandler, stop: threading.Event) -> None:
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        if length:
            request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handle


def _committed(request: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    _send(COMMITTED.read_bytes())(request, stop)  # read at request time: whatever is committed now


def _slow(request: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    if not stop.wait(3.0):  # answers late; the client gives up first
        _send(GOOD_BYTES)(request, stop)


def _trickle(request: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    """Headers at once, then a byte at a time: no single read is slow, the whole download is."""
    request.send_response(200)
    request.send_header("Content-Type", "application/json")
    request.send_header("Content-Length", str(len(GOOD_BYTES)))
    request.end_headers()
    for index in range(40):
        if stop.wait(0.1):
            return
        request.wfile.write(GOOD_BYTES[index : index + 1])
        request.wfile.flush()


def _redirect(request: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    request.send_response(302)
    request.send_header("Location", "/good")
    request.send_header("Content-Length", "0")
    request.end_headers()


ROUTES: dict[str, Handler] = {
    "/good": _send(GOOD_BYTES),
    "/committed": _committed,
    "/good-compact": _send(json.dumps(GOOD, separators=(",", ":")).replace("/", "\\/").encode()),
    "/good-no-length": _send(GOOD_BYTES, length=False),
    "/redirect": _redirect,
    # Built per request: only the tests fetching it depend on the snapshot operations it changes.
    "/changed": lambda request, stop: _send(serialise(changed_document()))(request, stop),
    "/compatible": _send(json.dumps(compatible_document()).encode()),
    "/html": _send(HTML, content_type="text/html; charset=utf-8"),
    "/html-as-json": _send(HTML),
    "/error-500": _send(b'{"message": "Server Error"}', status=500),
    "/error-503": _send(b"Service Unavailable", status=503, content_type="text/plain"),
    "/error-404": _send(b"Not Found", status=404, content_type="text/plain"),
    "/truncated": _send(GOOD_BYTES[: len(GOOD_BYTES) // 2]),
    "/invalid-json": _send(b"{'openapi': '3.0.0', paths: {}}"),
    "/empty": _send(b""),
    "/swagger": _send(json.dumps(SWAGGER).encode()),
    "/not-openapi": _send(b'{"foo": 1}'),
    "/json-list": _send(b"[1, 2, 3]"),
    "/no-paths": _send(json.dumps({**GOOD, "paths": {}}).encode()),
    "/invalid-openapi": _send(json.dumps(INVALID_OPENAPI).encode()),
    "/slow": _slow,
    "/trickle": _trickle,
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = ROUTES.get(self.path)
            try:
                if route is None:
                    _send(b"no such route", status=404, content_type="text/plain")(self, stop)
                else:
                    route(self, stop)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should on a slow route

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    """A private copy of the committed snapshot, alone in its directory."""
    directory = tmp_path / "openapi"
    directory.mkdir()
    path = directory / "api-docs.json"
    shutil.copyfile(COMMITTED, path)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(url: str, snapshot: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--url", url, "--snapshot", str(snapshot), *extra],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def refused_url() -> str:
    """A 127.0.0.1 port that nothing listens on: bound (so it is free) and closed without listen()."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api-docs.json"


FAILURES = [
    pytest.param("/html", (), "HTML page (text/html)", id="html-200"),
    pytest.param("/html-as-json", (), "HTML page", id="html-labelled-json"),
    pytest.param("/error-500", (), "HTTP 500 Internal Server Error from", id="http-500"),
    pytest.param("/error-503", (), "HTTP 503 Service Unavailable from", id="http-503"),
    pytest.param("/error-404", (), "HTTP 404", id="http-404"),
    pytest.param("/nowhere", (), "HTTP 404", id="unknown-route"),
    pytest.param("/truncated", (), "truncated JSON", id="truncated"),
    pytest.param("/invalid-json", (), "invalid JSON", id="invalid-json"),
    pytest.param("/empty", (), "empty body", id="empty"),
    pytest.param("/swagger", (), "Swagger 2.0 document", id="swagger-2"),
    pytest.param("/not-openapi", (), "no openapi field", id="not-openapi"),
    pytest.param("/json-list", (), "top level is a JSON list", id="json-list"),
    pytest.param("/no-paths", (), "has no paths", id="no-paths"),
    pytest.param("/invalid-openapi", (), "fails OpenAPI validation: Path parameter 'id'", id="validator"),
    pytest.param("/slow", ("--timeout", "0.5"), "timed out after 0.5 s", id="slow-headers"),
    pytest.param("/trickle", ("--timeout", "0.5"), "timed out after 0.5 s", id="slow-body"),
    pytest.param("/good", ("--max-bytes", "1000"), "exceeds the 1000-byte limit", id="too-big-declared"),
    pytest.param("/good-no-length", ("--max-bytes", "1000"), "exceeds the 1000-byte limit", id="too-big-streamed"),
]


def assert_not_replaced(result: subprocess.CompletedProcess[str], snapshot: Path, before: str, reason: str) -> None:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("spec: not replaced: "), lines[0]
    assert reason in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert sha256(snapshot) == before
    assert sorted(p.name for p in snapshot.parent.iterdir()) == [snapshot.name]  # no temporary file left


@pytest.mark.parametrize(("route", "extra", "reason"), FAILURES)
def test_failure_leaves_snapshot_untouched(
    server: str, snapshot: Path, route: str, extra: tuple[str, ...], reason: str
) -> None:
    before = sha256(snapshot)
    assert_not_replaced(fetch(server + route, snapshot, *extra), snapshot, before, reason)


def test_connection_refused(snapshot: Path) -> None:
    before = sha256(snapshot)
    url = refused_url()
    assert_not_replaced(fetch(url, snapshot, "--timeout", "5"), snapshot, before, f"cannot connect to {url}")


def test_missing_file_url(snapshot: Path, tmp_path: Path) -> None:
    before = sha256(snapshot)
    url = (tmp_path / "absent.json").as_uri()
    assert_not_replaced(fetch(url, snapshot), snapshot, before, "cannot read")


def test_unchanged_document_is_not_rewritten(server: str, snapshot: Path) -> None:
    before, mtime = sha256(snapshot), snapshot.stat().st_mtime_ns
    result = fetch(server + "/good", snapshot)
    assert result.returncode == 0, result
    assert result.stdout.startswith("spec: unchanged:"), result.stdout
    assert len(result.stdout.strip().splitlines()) == 1
    assert sha256(snapshot) == before
    assert snapshot.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("route", ["/good-compact", "/redirect"])
def test_same_document_other_formatting_or_redirect_is_unchanged(server: str, snapshot: Path, route: str) -> None:
    before = sha256(snapshot)
    result = fetch(server + route, snapshot)
    assert result.returncode == 0, result
    assert "spec: unchanged:" in result.stdout
    assert sha256(snapshot) == before


@pytest.mark.uses("deleteContact", "listContacts")
def test_changed_document_replaces_snapshot_and_summarises(server: str, snapshot: Path) -> None:
    snapshot.chmod(0o640)
    result = fetch(server + "/changed", snapshot)
    assert result.returncode == 0, result
    assert result.stderr == ""
    assert snapshot.read_bytes() == serialise(changed_document())
    assert snapshot.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in snapshot.parent.iterdir()) == [snapshot.name]
    out = result.stdout
    assert out.startswith("spec: replaced ")
    assert "+ POST /api/v1/spec-test-widgets (createSpecTestWidget)" in out
    assert "- DELETE /api/v1/contacts/{uuid} (deleteContact)" in out
    breaking = out.split("BREAKING:", 1)[1].split("added:", 1)[0]
    assert "DELETE /api/v1/contacts/{uuid} (deleteContact): operation removed" in breaking
    assert "GET /api/v1/contacts (listContacts): query parameter 'status' is now required" in breaking
    assert "field 'data.data[].phone_number' type changed from string to integer" in breaking


@pytest.mark.uses("deleteContact", "listContacts")
def test_fail_on_breaking_reports_and_keeps_snapshot(server: str, snapshot: Path) -> None:
    before = sha256(snapshot)
    result = fetch(server + "/changed", snapshot, "--fail-on-breaking")
    assert result.returncode == 3, result
    assert "NOT replaced" in result.stdout
    assert "query parameter 'status' is now required" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("spec: not replaced: ") and "breaking" in lines[0]
    assert sha256(snapshot) == before
    assert sorted(p.name for p in snapshot.parent.iterdir()) == [snapshot.name]


def test_fail_on_breaking_accepts_compatible_change(server: str, snapshot: Path) -> None:
    result = fetch(server + "/compatible", snapshot, "--fail-on-breaking")
    assert result.returncode == 0, result
    assert "+ GET /api/v1/spec-test-widgets (listSpecTestWidgets)" in result.stdout
    assert "0 breaking change(s)" in result.stdout
    assert snapshot.read_bytes() == serialise(compatible_document())


@pytest.mark.uses("deleteContact", "listContacts")
def test_file_url_replaces_snapshot(snapshot: Path, tmp_path: Path) -> None:
    source = tmp_path / "new api-docs.json"  # a space: the URL must be decoded
    source.write_text(json.dumps(changed_document()), encoding="utf-8")
    result = fetch(source.as_uri(), snapshot)
    assert result.returncode == 0, result
    assert snapshot.read_bytes() == serialise(changed_document())


def test_missing_snapshot_is_created(server: str, tmp_path: Path) -> None:
    target = tmp_path / "fresh.json"
    result = fetch(server + "/good", target)
    assert result.returncode == 0, result
    assert target.read_bytes() == GOOD_BYTES


def test_bad_option_is_a_usage_error(snapshot: Path) -> None:
    before = sha256(snapshot)
    result = fetch("http://127.0.0.1:9/x", snapshot, "--timeout", "0")
    assert result.returncode == 2
    assert sha256(snapshot) == before


def test_make_spec_reports_unchanged_for_the_committed_document(server: str) -> None:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    # -o: never (re)install the shared venv from here, even if its stamp is older than pyproject.toml.
    command = ["make", "-s", "-o", ".venv/.installed", "spec", f"SPEC_URL={server}/committed"]
    planned = subprocess.run([*command, "-n"], capture_output=True, text=True, timeout=30, cwd=ROOT)
    if planned.returncode != 0 or len(planned.stdout.strip().splitlines()) != 1:
        pytest.skip(f"make spec would do more than run fetch_spec.py: {planned.stdout!r}")
    before = sha256(COMMITTED)
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result
    assert "spec: unchanged:" in result.stdout
    assert sha256(COMMITTED) == before
