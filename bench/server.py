"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers every GET with canned JSON.

It runs in its own process (`BenchServer` starts `python -m bench.server`) so serving does not share the
GIL with the client being measured, and it does as little as possible per request (find the end of the
head, pick a prebuilt response, write it) so the server adds the same small constant to both sides of
every comparison. It stops by itself when its parent closes stdin or after `--max-seconds`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Self

__all__ = ["CONTACTS_PATH", "PBX_PREFIX", "BenchServer"]

ROOT = Path(__file__).resolve().parent.parent
PBX_PREFIX = b"/api/v1/pbx_extension_connectors/"
CONTACTS_PATH = b"/api/v1/contacts"


def _response(status: bytes, body: bytes) -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    return head + body


class _Routes:
    """Prebuilt responses: a PBX connector for any uuid, a 1000-contact page, 404 otherwise."""

    def __init__(self, contacts_count: int) -> None:
        from bench.payloads import contacts_page, envelope, pbx_connector, to_bytes

        self.pbx = _response(b"200 OK", to_bytes(envelope(pbx_connector())))
        self.contacts = _response(b"200 OK", to_bytes(contacts_page(contacts_count)))
        self.not_found = _response(b"404 Not Found", b'{"success":false,"message":"Not found"}')

    def pick(self, target: bytes) -> bytes:
        path = target.split(b"?", 1)[0]
        if path.startswith(PBX_PREFIX):
            return self.pbx
        if path == CONTACTS_PATH:
            return self.contacts
        return self.not_found


class _Connection(asyncio.Protocol):
    """One keep-alive connection; handles pipelined requests and skips any request body."""

    def __init__(self, routes: _Routes) -> None:
        self._routes = routes
        self._buffer = bytearray()
        self._skip = 0
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        replies: list[bytes] = []
        while True:
            if self._skip:
                dropped = min(self._skip, len(buffer))
                del buffer[:dropped]
                self._skip -= dropped
                if self._skip:
                    break
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = bytes(buffer[:end])
            del buffer[: end + 4]
            line_end = head.find(b"\r\n")
            request_line = head if line_end < 0 else head[:line_end]
            parts = request_line.split(b" ")
            target = parts[1] if len(parts) == 3 else b""
            replies.append(self._routes.pick(target))
            length_at = head.lower().find(b"\r\ncontent-length:")
            if length_at >= 0:
                value_end = head.find(b"\r\n", length_at + 2)
                self._skip = int(head[length_at + 17 : None if value_end < 0 else value_end])
        if replies and self._transport is not None:
            self._transport.write(b"".join(replies))


async def _serve(port: int, max_seconds: float, contacts_count: int) -> None:
    loop = asyncio.get_running_loop()
    routes = _Routes(contacts_count)
    server = await loop.create_server(lambda: _Connection(routes), "127.0.0.1", port, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)

    stop = asyncio.Event()

    def watch_stdin() -> None:  # the parent closing our stdin (or dying) ends the server
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    with contextlib.suppress(TimeoutError):  # --max-seconds: stop even if the parent never closes stdin
        await asyncio.wait_for(stop.wait(), max_seconds)
    server.close()


class BenchServer:
    """Starts the server process and knows its URL; `with BenchServer() as server: server.url`."""

    def __init__(self, max_seconds: float = 900.0, contacts_count: int = 1000) -> None:
        self._max_seconds = max_seconds
        self._contacts_count = contacts_count
        self._process: subprocess.Popen[bytes] | None = None
        self.url = ""

    def __enter__(self) -> Self:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.server",
                f"--max-seconds={self._max_seconds}",
                f"--contacts={self._contacts_count}",
            ],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self._process = process
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.strip().isdigit():
            self.__exit__(None, None, None)
            raise RuntimeError("the benchmark server did not start")
        self.url = f"http://127.0.0.1:{int(line)}"
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--contacts", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(_serve(args.port, args.max_seconds, args.contacts))


if __name__ == "__main__":
    main()
