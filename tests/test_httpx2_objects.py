"""The httpx2 objects built from final-form parts equal the ones httpx2's own constructors build."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from mihu_client._httpx2_objects import (
    byte_stream,
    first_value,
    headers_from_items,
    read_request,
    read_response,
    streamed_response,
)

HEADER_SETS: list[list[tuple[bytes, bytes]]] = [
    [],
    [(b"Content-Type", b"application/json"), (b"Content-Length", b"12"), (b"X-Request-Id", b"r-1")],
    [(b"Set-Cookie", b"a=1"), (b"set-cookie", b"b=2")],
    [(b"X-Name", "Zoë".encode())],  # UTF-8
    [(b"X-Name", "Zoë".encode("latin-1"))],  # neither ASCII nor UTF-8
]


def _state(obj: Any, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {name: value for name, value in vars(obj).items() if name not in skip}


@pytest.mark.parametrize("pairs", HEADER_SETS)
def test_headers_equal_the_constructors(pairs: list[tuple[bytes, bytes]]) -> None:
    ours = headers_from_items([(name, name.lower(), value) for name, value in pairs])
    theirs = httpx2.Headers(pairs)
    assert ours._list == theirs._list
    assert ours.encoding == theirs.encoding
    assert ours.multi_items() == theirs.multi_items()


@pytest.mark.parametrize("body", [b"", b'{"a":1}'])
def test_read_request_equals_the_constructor(body: bytes) -> None:
    url = httpx2.URL("https://acme.mihu.ai/api/v1/contacts?page=2")
    pairs = [(b"Host", b"acme.mihu.ai"), (b"Content-Length", str(len(body)).encode())]
    extensions: dict[str, object] = {"timeout": {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}}
    ours = read_request("POST", url, headers_from_items([(k, k.lower(), v) for k, v in pairs]), body, extensions)
    theirs = httpx2.Request("POST", url, headers=pairs, stream=httpx2.ByteStream(body), extensions=extensions)
    theirs.read()
    assert _state(ours, skip=("stream", "headers")) == _state(theirs, skip=("stream", "headers"))
    assert ours.headers._list == theirs.headers._list
    assert type(ours.stream) is type(theirs.stream)
    assert b"".join(ours.stream) == b"".join(theirs.stream) == body  # type: ignore[arg-type]


def test_streamed_response_equals_the_constructor() -> None:
    pairs = HEADER_SETS[1]
    stream = httpx2.ByteStream(b"{}")
    extensions: dict[str, object] = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    ours = streamed_response(200, headers_from_items([(k, k.lower(), v) for k, v in pairs]), stream, extensions)
    theirs = httpx2.Response(200, headers=pairs, stream=stream, extensions=extensions)
    assert _state(ours, skip=("headers",)) == _state(theirs, skip=("headers",))
    assert ours.headers._list == theirs.headers._list


def test_read_response_leaves_what_read_leaves() -> None:
    body = b'{"success":true}'
    pairs = HEADER_SETS[1]
    extensions: dict[str, object] = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    ours = read_response(200, headers_from_items([(k, k.lower(), v) for k, v in pairs]), body, extensions)
    theirs = httpx2.Response(200, headers=pairs, stream=httpx2.ByteStream(body), extensions=extensions)
    theirs.read()
    skip = ("headers", "stream", "_decoder")  # read() keeps the decoder it made; headers and stream compare below
    assert _state(ours, skip=skip) == _state(theirs, skip=skip)
    assert ours.headers._list == theirs.headers._list
    assert type(ours.stream) is type(theirs.stream)
    assert b"".join(ours.stream) == b"".join(theirs.stream) == body  # type: ignore[arg-type]
    assert ours.json() == theirs.json()


@pytest.mark.parametrize("body", [b"", b"\x00\xff"])
def test_byte_stream_equals_the_constructor(body: bytes) -> None:
    assert vars(byte_stream(body)) == vars(httpx2.ByteStream(body))


def test_first_value_is_the_first_of_a_header_by_any_spelling() -> None:
    headers = httpx2.Headers([("Content-Encoding", "gzip"), ("Set-Cookie", "a=1"), ("set-cookie", "b=2")])
    assert first_value(headers, b"content-encoding") == b"gzip"
    assert first_value(headers, b"set-cookie") == b"a=1"
    assert first_value(headers, b"content-type") is None
