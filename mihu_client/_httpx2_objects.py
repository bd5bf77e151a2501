"""httpx2 ``Headers``, ``Request`` and ``Response`` objects built from parts already in their final form.

httpx2's constructors normalise whatever they are given: every header name and value is type-checked and
encoded, a request's body and default headers are worked out, a response's headers copied. The SDK's own
client and the aiohttp wire hold those parts in final form already (bytes headers, an encoded body), and on a
sequential GET the constructors were the largest single cost of the SDK above the wire. The objects built here
have exactly the attributes the constructors would set; ``tests/test_httpx2_objects.py`` compares them with
constructor-built ones, so a change inside httpx2 (pinned below 3) fails there first.
"""

from __future__ import annotations

import httpx2

__all__ = ["byte_stream", "first_value", "headers_from_items", "read_request", "read_response", "streamed_response"]

HeaderItems = list[tuple[bytes, bytes, bytes]]
"""Header entries as ``httpx2.Headers`` keeps them: (name as sent, lower-case name, value)."""


def headers_from_items(items: HeaderItems) -> httpx2.Headers:
    """``httpx2.Headers`` holding ``items``, with the encoding left to work out on first use, as ``Headers(pairs)``
    leaves it (values set later, such as ``extra_headers``, are encoded with it, so UTF-8 must stay possible)."""
    headers = httpx2.Headers.__new__(httpx2.Headers)
    headers._list = items
    headers._encoding = None
    return headers


def byte_stream(body: bytes) -> httpx2.ByteStream:
    """``httpx2.ByteStream(body)`` without running its Python-level ``__init__``."""
    stream = httpx2.ByteStream.__new__(httpx2.ByteStream)
    stream._stream = body
    return stream


_NO_BODY = byte_stream(b"")
"""The stream of every request without a body: a ``ByteStream`` only ever yields the bytes it holds."""


def read_request(
    method: str, url: httpx2.URL, headers: httpx2.Headers, body: bytes, extensions: dict[str, object]
) -> httpx2.Request:
    """What ``httpx2.Request(method, url, headers=headers, stream=ByteStream(body), extensions=extensions)``
    followed by ``read()`` leaves: ``method`` upper-case and ``headers`` complete (Host, Content-Length)."""
    request = httpx2.Request.__new__(httpx2.Request)
    request.method = method
    request.url = url
    request.headers = headers
    request.extensions = extensions
    request.stream = byte_stream(body) if body else _NO_BODY
    request._content = body
    return request


def streamed_response(
    status_code: int, headers: httpx2.Headers, stream: httpx2.AsyncByteStream, extensions: dict[str, object]
) -> httpx2.Response:
    """What ``httpx2.Response(status_code, headers=headers, stream=stream, extensions=extensions)`` builds."""
    response = httpx2.Response.__new__(httpx2.Response)
    response.status_code = status_code
    response.headers = headers
    response._request = None
    response.next_request = None
    response.extensions = extensions
    response.history = []
    response.is_closed = False
    response.is_stream_consumed = False
    response.default_encoding = "utf-8"
    response.stream = stream
    response._num_bytes_downloaded = 0
    return response


def read_response(
    status_code: int, headers: httpx2.Headers, body: bytes, extensions: dict[str, object]
) -> httpx2.Response:
    """What ``streamed_response(status_code, headers, ByteStream(body), extensions)`` followed by ``read()``
    leaves for a body without Content-Encoding, without the decoder and generators ``read()`` goes through.

    Measured: ``read()`` was most of the cost of handing a small body to httpx2 (~9 µs of ~11 µs per response);
    with nothing to decode, its only effects are the attributes set here.
    """
    response = streamed_response(status_code, headers, byte_stream(body), extensions)
    response.is_closed = True
    response.is_stream_consumed = True
    response._num_bytes_downloaded = len(body)
    response._content = body
    return response


def first_value(headers: httpx2.Headers, lower_name: bytes) -> bytes | None:
    """The raw value of the first header named ``lower_name`` (lower-case bytes), or ``None``.

    ``headers.get(name)`` encodes the name and joins repeated values on every call; the checks made on every
    response only ask whether a header is there.
    """
    for _, name, value in headers._list:
        if name == lower_name:
            return value
    return None
