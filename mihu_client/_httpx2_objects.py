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

__all__ = ["first_value", "headers_from_items", "mark_read", "read_request", "streamed_response"]

HeaderItems = list[tuple[bytes, bytes, bytes]]
"""Header entries as ``httpx2.Headers`` keeps them: (name as sent, lower-case name, value)."""


def headers_from_items(items: HeaderItems, *, encoding: str | None = "detect") -> httpx2.Headers:
    """``httpx2.Headers`` holding ``items``.

    ``encoding="detect"`` sets it to "ascii" when every byte is ASCII, which is what ``Headers.encoding`` would
    work out on first use (read-only headers, such as a response's, save that work); ``None`` leaves it to be
    worked out on first use, as ``Headers(pairs)`` does.
    """
    headers = httpx2.Headers.__new__(httpx2.Headers)
    headers._list = items
    if encoding == "detect":
        encoding = "ascii" if b"".join([name + value for name, _, value in items]).isascii() else None
    headers._encoding = encoding
    return headers


_NO_BODY = httpx2.ByteStream(b"")
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
    request.stream = httpx2.ByteStream(body) if body else _NO_BODY
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


def mark_read(response: httpx2.Response, body: bytes) -> None:
    """What ``response.read()`` leaves behind for a body without Content-Encoding, without its generators.

    Measured: ``read()`` is most of the cost of handing a small body to httpx2 (~9 µs of ~11 µs per response);
    with nothing to decode its only effects are these attributes.
    """
    response._content = body
    response._num_bytes_downloaded = len(body)
    response.is_stream_consumed = True
    response.is_closed = True


def first_value(headers: httpx2.Headers, lower_name: bytes) -> bytes | None:
    """The raw value of the first header named ``lower_name`` (lower-case bytes), or ``None``.

    ``headers.get(name)`` encodes the name and joins repeated values on every call; the checks made on every
    response only ask whether a header is there.
    """
    for _, name, value in headers._list:
        if name == lower_name:
            return value
    return None
