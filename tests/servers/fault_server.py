"""A fault-injecting HTTP/1.1 server on 127.0.0.1 for tests.

Tests script replies per path (optionally per method): any status, headers and body, a delay before
answering, a connection closed without a response, a body cut short. Every request is recorded before
it is answered, so tests can prove what the client really sent — e.g. that a POST went out exactly once.

    with FaultServer() as server:                      # or the ``fault_server`` fixture in tests/conftest.py
        server.script("/api/v1/contacts", Reply.json({"message": "busy"}, status=503), Reply.json({"data": []}))
        ...                                            # client at base_url=server.url
        assert server.count("/api/v1/contacts") == 2

Replies for a path are served in order and the last one repeats. Unscripted paths get a 404 JSON body.
Threads (one per connection) make it handle hundreds of concurrent requests; ``stop()`` wakes delayed
replies and closes open connections, so nothing outlives the test.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

__all__ = [
    "DRIFTED_PBX_CONNECTOR",
    "HTML_502",
    "LARAVEL_422",
    "UNKNOWN_ENUM_AND_NULLS",
    "VENDOR_400",
    "FaultServer",
    "RecordedRequest",
    "Reply",
    "Responder",
    "http_date",
]

VENDOR_400: dict[str, Any] = {
    "success": False,
    "message": "The phone number is not valid.",
    "error": {"code": "INVALID_PHONE_NUMBER", "details": {"value": "+1-555"}, "field": "phone_number"},
}
"""The platform's own error shape."""

LARAVEL_422: dict[str, Any] = {
    "message": "The email field is required. (and 1 more error)",
    "errors": {"email": ["The email field is required."], "name": ["The name may not be greater than 255."]},
}
"""The framework's validation error shape."""

HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
"""What a reverse proxy sends when the application is down."""


DRIFTED_PBX_CONNECTOR: dict[str, Any] = {
    "success": True,
    "data": {
        "pbx_extension_connector_uuid": "6f1c1d1e-9a5b-4c1e-8f51-2b7d0c3a9e10",
        "name": "Front desk",
        "status": "suspended",  # not in the documented enum (active, inactive)
        "phone_number": None,  # documented as a non-null string
        "agent_uuid": None,
        "agent_name": None,
        "connection_type": "websocket",  # not in the documented enum (tls, udp)
        "setup_mode": None,
        "created_at": None,
        "brand_new_field": {"nested": [1, 2, 3]},
    },
}
"""A 200 body for ``GET /api/v1/pbx_extension_connectors/{uuid}`` that drifted from the document:
unknown enum values, nulls where a value is documented, an undocumented field. Lenient parsing must
accept it; strict mode must raise ``ResponseValidationError``."""

UNKNOWN_ENUM_AND_NULLS: dict[str, Any] = {
    "success": True,
    "data": {"status": "archived_by_future_feature", "type": None, "count": None, "items": None},
}
"""A generic drifted 200 envelope (unknown enum string, nulls everywhere) for list/detail parsing tests."""


def http_date(seconds_from_now: float) -> str:
    """An RFC 9110 HTTP-date, for ``Retry-After``."""
    return formatdate(time.time() + seconds_from_now, usegmt=True)


@dataclass(frozen=True)
class Reply:
    """One scripted answer. Use the constructors below rather than filling fields by hand."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    """Seconds to wait after reading the request and before answering (the request is already counted)."""
    drop: bool = False
    """Close the connection without sending any response."""
    truncate_at: int | None = None
    """Announce the full Content-Length but send only this many body bytes, then close."""

    @classmethod
    def json(
        cls, data: Any, status: int = 200, *, headers: Mapping[str, str] | None = None, delay: float = 0.0
    ) -> Reply:
        return cls.raw(json.dumps(data).encode(), status, content_type="application/json", headers=headers, delay=delay)

    @classmethod
    def text(
        cls,
        text: str,
        status: int = 200,
        *,
        content_type: str = "text/plain; charset=utf-8",
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        return cls.raw(text.encode(), status, content_type=content_type, headers=headers, delay=delay)

    @classmethod
    def html(cls, html: str = HTML_502, status: int = 502, *, headers: Mapping[str, str] | None = None) -> Reply:
        return cls.text(html, status, content_type="text/html; charset=utf-8", headers=headers)

    @classmethod
    def raw(
        cls,
        body: bytes,
        status: int = 200,
        *,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        pairs = [("Content-Type", content_type)] if content_type else []
        pairs += list((headers or {}).items())
        return cls(status=status, body=body, headers=tuple(pairs), delay=delay)

    @classmethod
    def status_only(cls, status: int, *, headers: Mapping[str, str] | None = None) -> Reply:
        """A status with an empty body (e.g. ``Reply.status_only(429, headers={"Retry-After": "120"})``)."""
        return cls.raw(b"", status, headers=headers)

    @classmethod
    def dropped(cls, *, delay: float = 0.0) -> Reply:
        """Read the request, then close the socket without answering."""
        return cls(drop=True, delay=delay)

    @classmethod
    def truncated(cls, data: Any, *, keep: int = 5, status: int = 200) -> Reply:
        """A JSON body announced in full but cut after ``keep`` bytes."""
        reply = cls.json(data, status)
        return cls(status=status, body=reply.body, headers=reply.headers, truncate_at=keep)


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    """Lower-case names; a header sent twice appears once with its values joined by ", "."""
    body: bytes


NOT_SCRIPTED = Reply.json({"message": "No reply scripted for this path."}, 404)


@dataclass
class _Script:
    replies: list[Reply]
    served: int = 0

    def next(self) -> Reply:
        reply = self.replies[min(self.served, len(self.replies) - 1)]
        self.served += 1
        return reply


Responder = Callable[[RecordedRequest], Reply]
"""Chooses the reply to one request; called under the server's lock, so it may keep state without its own."""


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)
    scripts: dict[tuple[str, str], _Script] = field(default_factory=dict)
    responders: dict[str, Responder] = field(default_factory=dict)
    requests: list[RecordedRequest] = field(default_factory=list)
    keep_requests: bool = True

    def record(self, request: RecordedRequest) -> Reply:
        with self.lock:
            if self.keep_requests:
                self.requests.append(request)
            responder = self.responders.get(request.path)
            if responder is not None:
                return responder(request)
            script = self.scripts.get((request.method, request.path)) or self.scripts.get(("*", request.path))
            return script.next() if script is not None else NOT_SCRIPTED


class FaultServer:
    """The server; ``url`` is its base URL once started."""

    def __init__(self, host: str = "127.0.0.1", *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._state = _State()
        self._httpd = _Server((host, 0), _Handler, self._state)
        if ssl_context is not None:  # HTTPS: the handshake happens on accept, before any request is read
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        port = self._httpd.server_address[1]
        self.url = f"{'https' if ssl_context else 'http'}://{host}:{port}"

    # --- lifecycle ---

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._state.stopping.set()
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.close_connections()
        self._httpd.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- scripting and inspection ---

    def script(self, path: str, *replies: Reply, method: str = "*") -> None:
        """Answer requests to ``path`` (any method, or only ``method``) with ``replies`` in order."""
        if not replies:
            raise ValueError("script() needs at least one reply")
        with self._state.lock:
            self._state.scripts[(method.upper(), path)] = _Script(list(replies))

    def respond(self, path: str, responder: Responder, *, keep_requests: bool = True) -> None:
        """Answer every request to ``path`` with ``responder(request)`` (stateful fakes, random faults).

        ``keep_requests=False`` stops recording requests (long storms; the responder sees them anyway).
        """
        with self._state.lock:
            self._state.responders[path] = responder
            self._state.keep_requests = keep_requests

    def count(self, path: str | None = None, method: str | None = None) -> int:
        """Requests received so far, optionally only for one path and/or method."""
        return len(self.requests_for(path, method))

    def requests_for(self, path: str | None = None, method: str | None = None) -> list[RecordedRequest]:
        with self._state.lock:
            return [
                r
                for r in self._state.requests
                if (path is None or r.path == path) and (method is None or r.method == method.upper())
            ]

    @property
    def requests(self) -> list[RecordedRequest]:
        return self.requests_for()

    async def wait_for_count(self, path: str, at_least: int, *, timeout: float = 5.0) -> int:
        """Wait (bounded, without blocking the event loop) until ``path`` has seen ``at_least`` requests."""
        deadline = time.monotonic() + timeout
        while (seen := self.count(path)) < at_least and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        return seen

    def reset(self) -> None:
        """Forget scripts and recorded requests."""
        with self._state.lock:
            self._state.scripts.clear()
            self._state.responders.clear()
            self._state.requests.clear()
            self._state.keep_requests = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 512  # hundreds of concurrent connects must not overflow the listen backlog

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], state: _State) -> None:
        self.state = state
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):  # already closed by the peer
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (timeouts, tests ending) are expected; stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # idle keep-alive connections do not pin a thread forever
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    def _serve(self) -> None:
        state = self.server.state
        path, _, query = self.path.partition("?")
        headers: dict[str, str] = {}
        for name, value in self.headers.items():  # repeated headers are joined, as HTTP allows
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        reply = state.record(RecordedRequest(self.command, path, query, headers, self._read_body()))

        if reply.delay and state.stopping.wait(reply.delay):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            return

        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        if reply.truncate_at is not None:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body if reply.truncate_at is None else reply.body[: reply.truncate_at])
        self.wfile.flush()
        if reply.truncate_at is not None:
            self.close_connection = True

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""
