"""aiohttp failures as the httpx2 exceptions ``_retry.classify_failure`` reads.

The mapping decides whether a POST may be sent again, so it follows one rule: an error is "never sent"
(``ConnectError``, ``ConnectTimeout``; ``PoolTimeout`` is raised by the transport itself) only when aiohttp
raises it before a connection to the server existed, which is exactly ``ClientConnectorError`` (DNS, refused,
TLS handshake, proxy unreachable) and ``ConnectionTimeoutError``. Everything raised once a connection was handed
over may follow a written request and is "sent, the server may have acted": in particular
``ServerDisconnectedError`` (a ``ClientConnectionError``, but raised while waiting for the answer) becomes
``RemoteProtocolError``, never a connect error, or a dropped call would ring the person twice.
"""

from __future__ import annotations

import asyncio

import aiohttp
import httpx2

__all__ = ["to_httpx2_error"]


def to_httpx2_error(exc: BaseException, request: httpx2.Request) -> httpx2.TransportError:
    """The httpx2 transport error with the same meaning as ``exc`` (the caller chains the original)."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx2.ConnectTimeout(text, request=request)
    if isinstance(exc, aiohttp.ServerTimeoutError):  # sock_read: the request went out, no answer in time
        return httpx2.ReadTimeout(text, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):  # includes DNS, TLS and proxy-connect failures
        return httpx2.ConnectError(text, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx2.RemoteProtocolError(f"Server disconnected without a complete response ({text})", request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):  # body cut short: Content-Length or chunked framing broken
        return httpx2.RemoteProtocolError(text, request=request)
    if isinstance(exc, aiohttp.ClientHttpProxyError):  # the proxy refused CONNECT; the origin never saw us
        return httpx2.ProxyError(text, request=request)
    if isinstance(exc, aiohttp.ClientResponseError):  # an unparseable status line or headers
        return httpx2.RemoteProtocolError(text, request=request)
    if isinstance(exc, asyncio.TimeoutError):  # before OSError, its base class
        return httpx2.ReadTimeout(text, request=request)
    if isinstance(exc, aiohttp.ClientConnectionError | OSError):  # reset or lost while writing or reading
        return httpx2.ReadError(text, request=request)
    return httpx2.TransportError(text, request=request)
