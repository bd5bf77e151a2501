"""AiohttpTransport: an ``httpx2.AsyncBaseTransport`` that sends through one ``aiohttp.ClientSession``.

httpx2 still builds every request and response (headers, cookies, URL joining, content decoding), and
``RetryTransport`` above still decides retries, so only the wire changes. What the httpx2 pool does and
aiohttp does not, this module does itself, so that both backends behave alike:

- ``pool`` timeout: a FIFO semaphore of ``max_connections`` admits requests; waiting longer than the pool
  timeout is ``httpx2.PoolTimeout`` (the request never left). aiohttp's connector then never has to queue.
- ``write`` timeout: streamed and large bodies are fed chunk by chunk, and a chunk the socket does not take
  within the write timeout aborts the connection and ends the request with ``httpx2.WriteTimeout``.
- decoding: aiohttp hands over the raw bytes (``auto_decompress=False``) and httpx2 decodes them, with the same
  decoders and the same ``DecodingError`` as the default backend.
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

from .._options import DEFAULT_LIMITS
from .aiohttp_errors import to_httpx2_error

__all__ = ["AiohttpTransport", "check_proxy"]

CHUNK = 64 * 1024
"""Bodies up to this size go to aiohttp in one piece (the socket buffer takes them at once); larger and
streamed bodies are fed in pieces so the write timeout applies to each."""

_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "Content-Type", "User-Agent")
"""Headers aiohttp would add on its own: the request httpx2 built is sent as it is, with the same headers."""

_TimeoutKey = tuple[float | None, float | None]


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
        self._slots = asyncio.Semaphore(max_connections) if max_connections else None
        self._timeouts: dict[_TimeoutKey, aiohttp.ClientTimeout] = {}
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
            skip_auto_headers=_SKIP_AUTO_HEADERS,
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
        if slots is not None:
            await _acquire(slots, timeout.get("pool"), request)
        try:
            response = await self._send(session, request, timeout)
            if not response.content.is_eof():
                stream: httpx2.AsyncByteStream = _ResponseBody(response, request, slots)
            else:  # the whole body came with the headers (most API answers): free the connection at once
                try:
                    body = response.content.read_nowait()
                    stream = httpx2.ByteStream(body)
                except (aiohttp.ClientError, OSError) as exc:
                    response.close()
                    raise to_httpx2_error(exc, request) from exc
                response.release()
                if slots is not None:
                    slots.release()
        except BaseException:
            if slots is not None:
                slots.release()
            raise
        extensions = {
            "http_version": b"HTTP/1.0" if response.version == aiohttp.HttpVersion10 else b"HTTP/1.1",
            "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
        }
        result = httpx2.Response(response.status, headers=response.raw_headers, stream=stream, extensions=extensions)
        if isinstance(stream, httpx2.ByteStream):
            if "content-encoding" not in result.headers:
                _set_read(result, body)
            else:
                try:
                    result.read()  # decode now, synchronously: cheaper than the async read that would follow
                except httpx2.DecodingError:  # left for RetryTransport to meet, on a response with a fresh decoder
                    result = httpx2.Response(
                        response.status, headers=response.raw_headers, stream=stream, extensions=extensions
                    )
        return result

    async def _send(
        self, session: aiohttp.ClientSession, request: httpx2.Request, timeout: Mapping[str, float | None]
    ) -> aiohttp.ClientResponse:
        headers = request.headers.multi_items()
        stream = request.stream
        data: bytes | AsyncIterable[bytes] | _TimedPayload | None
        deadline: _WriteDeadline | None = None
        content = request.read() if isinstance(stream, httpx2.ByteStream) else None  # in memory (cached)
        if content is not None and len(content) <= CHUNK:
            data = content or None
        else:
            source = _pieces(content) if content is not None else _async_stream(stream)
            write = timeout.get("write")
            if write is None:
                data = source
            else:
                deadline = _WriteDeadline(write)
                data = _TimedPayload(source, deadline)
            # aiohttp frames a body of unknown length itself; a Transfer-Encoding header would double it.
            headers = [(name, value) for name, value in headers if name.lower() != "transfer-encoding"]
        try:
            return await session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
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


async def _acquire(slots: asyncio.Semaphore, pool: float | None, request: httpx2.Request) -> None:
    """Take a connection slot; waiting longer than the pool timeout means the request was never sent."""
    if not slots.locked():
        await slots.acquire()  # free: returns at once, no timer needed
        return
    try:
        async with asyncio.timeout(pool):
            await slots.acquire()
    except TimeoutError:
        raise httpx2.PoolTimeout("Timed out waiting for a free connection", request=request) from None


def _set_read(response: httpx2.Response, body: bytes) -> None:
    """What ``response.read()`` leaves behind for a body without Content-Encoding, without its generators.

    Measured: ``read()`` is most of the cost of handing a small body to httpx2 (~9 µs of ~11 µs per response);
    with nothing to decode its only effects are these attributes.
    """
    response._content = body
    response._num_bytes_downloaded = len(body)
    response.is_stream_consumed = True
    response.is_closed = True


class _ResponseBody(httpx2.AsyncByteStream):
    """The body as aiohttp receives it; closing it returns the connection (or drops a half-read one)."""

    __slots__ = ("_request", "_response", "_slots")

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx2.Request, slots: asyncio.Semaphore | None
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
                self._slots.release()


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
