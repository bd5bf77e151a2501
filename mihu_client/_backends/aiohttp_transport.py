"""AiohttpTransport: an ``httpx2.AsyncBaseTransport`` that sends through one ``aiohttp.ClientSession``.

httpx2 still builds every request and response (headers, cookies, URL joining, content decoding), and
``RetryTransport`` above still decides retries, so only the wire changes. What the httpx2 pool does and
aiohttp does not, this module does itself, so that both backends behave alike:

- ``pool`` timeout: ``ConnectionSlots`` admits ``max_connections`` requests, first come first served; waiting
  longer than the pool timeout is ``httpx2.PoolTimeout`` (the request never left). aiohttp's connector then
  never has to queue.
- ``write`` timeout: streamed and large bodies are fed chunk by chunk, and a chunk the socket does not take
  within the write timeout aborts the connection and ends the request with ``httpx2.WriteTimeout``.
- decoding: aiohttp hands over the raw bytes (``auto_decompress=False``) and httpx2 decodes them, with the same
  decoders and the same ``DecodingError`` as the default backend.
- headers: the request goes out with exactly the headers httpx2 built; aiohttp adds none of its own.
- one retry mechanism: aiohttp's own silent retry of idempotent requests on a dropped connection is turned
  off; ``RetryTransport`` retries (and logs) instead.

Failures are translated by ``aiohttp_errors.to_httpx2_error``, which keeps "never sent" apart from "sent".
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Mapping
from typing import Any, cast

import aiohttp
import httpx2
import yarl
from aiohttp.abc import AbstractStreamWriter
from aiohttp.payload import AsyncIterablePayload
from multidict import CIMultiDict, CIMultiDictProxy

from .._httpx2_objects import byte_stream, headers_from_items, read_response, streamed_response
from .._options import DEFAULT_LIMITS
from .aiohttp_errors import to_httpx2_error
from .slots import ConnectionSlots

__all__ = ["AiohttpTransport", "check_proxy"]

CHUNK = 64 * 1024
"""Bodies up to this size go to aiohttp in one piece (the socket buffer takes them at once); larger and
streamed bodies are fed in pieces so the write timeout applies to each."""

_AUTO_HEADERS = (
    (b"accept", "Accept"),
    (b"accept-encoding", "Accept-Encoding"),
    (b"content-type", "Content-Type"),
    (b"user-agent", "User-Agent"),
)
"""Headers aiohttp adds when a request lacks them. The request httpx2 built is sent as it is, so those it lacks
are named in ``skip_auto_headers`` for that request. Not set once on the session: aiohttp then rebuilds the
skip list on every request (measured: 14k instructions, more than its share of a small GET)."""

_TimeoutKey = tuple[float | None, float | None]
_WireHeaders = tuple["CIMultiDictProxy[str]", tuple[str, ...] | None]


def check_proxy(proxy: str | httpx2.Proxy | None) -> httpx2.Proxy | None:
    """The proxy as an ``httpx2.Proxy``; aiohttp speaks to http(s) proxies only, so anything else is refused."""
    if proxy is None:
        return None
    resolved = proxy if isinstance(proxy, httpx2.Proxy) else httpx2.Proxy(url=proxy)
    if resolved.url.scheme not in ("http", "https"):
        raise ValueError(
            f'http_backend="aiohttp" supports http and https proxies; a {resolved.url.scheme} proxy needs '
            'http_backend="httpx2"'
        )
    return resolved


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """httpx2 requests over aiohttp. The session is created on the first request, inside the running loop."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        proxy: str | httpx2.Proxy | None = None,
    ) -> None:
        self._verify = verify
        self._limits = limits
        self._proxy: dict[str, object] = _proxy_arguments(check_proxy(proxy))
        max_connections = limits.max_connections
        self._slots = ConnectionSlots(max_connections) if max_connections else None
        self._wire_headers_cache: dict[tuple[tuple[tuple[bytes, bytes, bytes], ...], bool], _WireHeaders] = {}
        self._timeouts: dict[_TimeoutKey, aiohttp.ClientTimeout] = {}
        self._origins: dict[tuple[str, str, str, int | None], str] = {}
        self._urls: dict[tuple[str, str, str, int | None, str, str | None, str | None], yarl.URL] = {}
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("Cannot send a request: the transport was closed.")
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=httpx2.create_ssl_context(verify=self._verify),  # the same trust decisions as the httpx2 pool
        )
        session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=None),
            auto_decompress=False,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx2.AsyncClient keeps the cookies
            trust_env=False,
        )
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False  # retries happen in RetryTransport only, where they are logged
        self._session = session
        return session

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        session = self._session or self._open()
        timeout: Mapping[str, float | None] = request.extensions.get("timeout") or {}
        slots = self._slots
        if slots is not None and not slots.try_take():
            try:
                await slots.take(timeout.get("pool"))
            except TimeoutError:  # waited longer than the pool timeout: the request never left
                raise httpx2.PoolTimeout("Timed out waiting for a free connection", request=request) from None
        try:
            stream = request.stream
            content = request.read() if isinstance(stream, httpx2.ByteStream) else None  # in memory (cached)
            if content is not None and len(content) <= CHUNK:  # one piece, sent inline: most API requests
                headers, skip = self._wire_headers(request.headers, bool(content))
                try:
                    response = await session.request(
                        request.method,
                        self._url(request.url),
                        headers=headers,
                        skip_auto_headers=skip,
                        data=content or None,
                        timeout=self._client_timeout(timeout),
                        allow_redirects=False,
                        **self._proxy,  # type: ignore[arg-type]
                    )
                except (aiohttp.ClientError, OSError) as exc:  # TimeoutError is an OSError
                    raise to_httpx2_error(exc, request) from exc
            else:
                response = await self._send_in_pieces(session, request, content, timeout)
            if not response.content.is_eof():
                received, extensions = _head(response)
                return streamed_response(response.status, received, _ResponseBody(response, request, slots), extensions)
            # The whole body came with the headers (most API answers): free the connection at once.
            try:
                body = response.content.read_nowait()
            except (aiohttp.ClientError, OSError) as exc:
                response.close()
                raise to_httpx2_error(exc, request) from exc
            response.release()
        except BaseException:
            if slots is not None:
                slots.give_back()
            raise
        if slots is not None:
            slots.give_back()
        received, extensions = _head(response)
        if response.headers.get("Content-Encoding") is None:  # nothing to decode: handed over as read
            return read_response(response.status, received, body, extensions)
        # A compressed body stays unread: whoever reads it decodes it once (RetryTransport checks it is whole).
        return streamed_response(response.status, received, byte_stream(body), extensions)

    async def _send_in_pieces(
        self,
        session: aiohttp.ClientSession,
        request: httpx2.Request,
        content: bytes | None,
        timeout: Mapping[str, float | None],
    ) -> aiohttp.ClientResponse:
        """A large or streamed body, fed chunk by chunk so the write timeout bounds each one."""
        source = _pieces(content) if content is not None else _async_stream(request.stream)
        write = timeout.get("write")
        deadline = _WriteDeadline(write) if write is not None else None
        data: AsyncIterable[bytes] | _TimedPayload = source if deadline is None else _TimedPayload(source, deadline)
        # aiohttp frames a body of unknown length itself; a Transfer-Encoding header would double it.
        headers = [
            (name, value) for name, value in _header_pairs(request.headers) if name.lower() != "transfer-encoding"
        ]
        try:
            return await session.request(
                request.method,
                self._url(request.url),
                headers=headers,
                skip_auto_headers=_absent_auto_headers(request.headers, True),
                data=data,
                timeout=self._client_timeout(timeout),
                allow_redirects=False,
                **self._proxy,  # type: ignore[arg-type]
            )
        except (aiohttp.ClientError, OSError) as exc:  # TimeoutError is an OSError
            if deadline is not None and deadline.expired:
                raise httpx2.WriteTimeout("The request body could not be written in time", request=request) from exc
            raise to_httpx2_error(exc, request) from exc
        finally:
            if deadline is not None:
                deadline.disarm()

    def _wire_headers(self, headers: httpx2.Headers, has_body: bool) -> _WireHeaders:
        """The headers as aiohttp takes them and the automatic ones to skip, kept per distinct header set.

        A client sends the same headers on most requests; converting them cost more than a tenth of the SDK's
        own work on a small GET (decoding, a multidict, the skip list).
        """
        key = (tuple(headers._list), has_body)
        found = self._wire_headers_cache.get(key)
        if found is None:
            found = (CIMultiDictProxy(CIMultiDict(_header_pairs(headers))), _absent_auto_headers(headers, has_body))
            if len(self._wire_headers_cache) >= 256:
                self._wire_headers_cache.clear()
            self._wire_headers_cache[key] = found
        return found

    def _url(self, url: httpx2.URL) -> yarl.URL:
        """``yarl.URL(str(url), encoded=True)``, kept per URL: the SDK's client reuses one ``httpx2.URL`` per path.

        On a new URL only the path and query are put together: httpx2 rebuilds the whole string on every
        ``str(url)``, and the scheme-and-authority part is kept per origin.
        """
        parts = url._uri_reference
        found = self._urls.get(parts)
        if found is not None:
            return found
        key = (parts.scheme, parts.userinfo, parts.host, parts.port)
        prefix = self._origins.get(key)
        if prefix is None:
            authority = parts.authority
            prefix = (f"{parts.scheme}:" if parts.scheme else "") + (f"//{authority}" if authority else "")
            if len(self._origins) < 64:
                self._origins[key] = prefix
        text = prefix + parts.path
        if parts.query is not None:
            text += "?" + parts.query
        if parts.fragment is not None:
            text += "#" + parts.fragment
        found = yarl.URL(text, encoded=True)
        if len(self._urls) >= 512:
            self._urls.clear()
        self._urls[parts] = found
        return found

    def _client_timeout(self, timeout: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
        """aiohttp's limits for httpx2's connect and read timeouts, built once per distinct pair."""
        key = (timeout.get("connect"), timeout.get("read"))
        found = self._timeouts.get(key)
        if found is None:
            # ``connect`` covers DNS, TCP and TLS, as in httpx2; the pool wait is the semaphore's.
            found = aiohttp.ClientTimeout(total=None, connect=key[0], sock_read=key[1])
            if len(self._timeouts) < 64:
                self._timeouts[key] = found
        return found

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()


def _head(response: aiohttp.ClientResponse) -> tuple[httpx2.Headers, dict[str, object]]:
    """The httpx2 headers and extensions of aiohttp's response."""
    headers = headers_from_items([(name, name.lower(), value) for name, value in response.raw_headers])
    return headers, {
        "http_version": b"HTTP/1.0" if response.version == aiohttp.HttpVersion10 else b"HTTP/1.1",
        "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
    }


def _absent_auto_headers(headers: httpx2.Headers, has_body: bool) -> tuple[str, ...] | None:
    """The headers of ``_AUTO_HEADERS`` that ``headers`` lacks (``None``: it has them all). Content-Type is
    only added to a request with a body."""
    names = [lower for _, lower, _ in headers._list]
    absent = tuple(
        name for lower, name in _AUTO_HEADERS if lower not in names and (has_body or lower != b"content-type")
    )
    return absent or None


def _header_pairs(headers: httpx2.Headers) -> list[tuple[str, str]]:
    """The headers as text for aiohttp, decoded as ``headers.multi_items()`` does but keeping the names' case."""
    encoding = headers.encoding
    return [(name.decode(encoding), value.decode(encoding)) for name, _, value in headers._list]


class _ResponseBody(httpx2.AsyncByteStream):
    """The body as aiohttp receives it; closing it returns the connection (or drops a half-read one)."""

    __slots__ = ("_request", "_response", "_slots")

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx2.Request, slots: ConnectionSlots | None
    ) -> None:
        self._response: aiohttp.ClientResponse | None = response
        self._request = request
        self._slots = slots

    async def __aiter__(self) -> AsyncIterator[bytes]:
        response = self._response
        if response is None:
            raise httpx2.StreamClosed()
        content = response.content
        try:
            while chunk := await content.readany():
                yield chunk
        except (aiohttp.ClientError, OSError) as exc:
            raise to_httpx2_error(exc, self._request) from exc

    async def aclose(self) -> None:
        response, self._response = self._response, None
        if response is None:
            return
        try:
            if response.content.at_eof():
                response.release()  # back to the pool
            else:
                response.close()  # half-read: the connection cannot be reused
        finally:
            if self._slots is not None:
                self._slots.give_back()


class _WriteDeadline:
    """httpx2's write timeout for one request: each chunk must reach the socket within ``seconds``.

    On expiry the connection is aborted (a graceful close would wait forever for a peer that stopped reading);
    aiohttp then fails the request and ``_send`` reports ``WriteTimeout``.
    """

    __slots__ = ("_handle", "_seconds", "expired")

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._handle: asyncio.TimerHandle | None = None
        self.expired = False

    def arm(self, transport: asyncio.BaseTransport | None) -> None:
        self.disarm()
        self._handle = asyncio.get_running_loop().call_later(self._seconds, self._expire, transport)

    def disarm(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _expire(self, transport: asyncio.BaseTransport | None) -> None:
        self._handle = None
        self.expired = True
        if isinstance(transport, asyncio.WriteTransport):
            transport.abort()


class _TimedWriter:
    """aiohttp's stream writer, with every body chunk written under the write deadline."""

    def __init__(self, writer: AbstractStreamWriter, deadline: _WriteDeadline) -> None:
        self._writer = writer
        self._deadline = deadline

    async def write(self, chunk: bytes | bytearray | memoryview) -> None:
        self._deadline.arm(getattr(self._writer, "transport", None))
        try:
            await self._writer.write(chunk)
        finally:
            self._deadline.disarm()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._writer, name)


class _TimedPayload(AsyncIterablePayload):
    """A streamed request body whose writes are bounded by the write timeout."""

    def __init__(self, source: AsyncIterable[bytes], deadline: _WriteDeadline) -> None:
        super().__init__(source)
        self._deadline = deadline

    async def write_with_length(self, writer: AbstractStreamWriter, content_length: int | None) -> None:
        await super().write_with_length(
            cast(AbstractStreamWriter, _TimedWriter(writer, self._deadline)), content_length
        )


def _async_stream(stream: httpx2.SyncByteStream | httpx2.AsyncByteStream) -> AsyncIterable[bytes]:
    if not isinstance(stream, httpx2.AsyncByteStream):
        raise RuntimeError("Attempted to send a sync request body with an async transport.")
    return stream


async def _pieces(content: bytes) -> AsyncIterator[bytes]:
    view = memoryview(content)
    for start in range(0, len(view), CHUNK):
        yield bytes(view[start : start + CHUNK])


def _proxy_arguments(proxy: httpx2.Proxy | None) -> dict[str, object]:
    """The keyword arguments that send a request through ``proxy`` (none without one)."""
    if proxy is None:
        return {}
    arguments: dict[str, object] = {"proxy": str(proxy.url)}
    if proxy.auth is not None:
        arguments["proxy_auth"] = aiohttp.BasicAuth(*proxy.auth)
    if proxy.headers:
        arguments["proxy_headers"] = dict(proxy.headers)
    return arguments
