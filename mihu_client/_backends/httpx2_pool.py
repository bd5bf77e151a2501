"""The default wire: httpx2's transport over a connection pool that assigns connections in O(1), FIFO.

httpcore2's ``AsyncConnectionPool`` re-examines every connection it holds (closed? connected? idle? expired?
available?) twice for every request, when the request arrives and when its response closes. With the
default 100 connections busy that is thousands of method calls per request, so throughput falls as tasks
in flight rise: measured here, 1,480 req/s with 50 tasks in flight and 880 with 2,000. This pool keeps the
same connections (``create_connection`` is httpcore2's own, so TLS, keep-alive expiry and HTTP/1.1
handling are unchanged) but hands them out differently:

- idle connections wait on a stack per origin, and a request takes the most recently used one (one
  socket probe, for a connection the server may have closed meanwhile);
- a request that finds none opens a connection while fewer than ``max_connections`` are open, and
  otherwise waits in one FIFO queue; a freed connection (or its slot) goes straight to the longest
  waiter, so arrival order is kept and nobody is skipped;
- the wait is bounded by the request's ``pool`` timeout (``httpcore2.PoolTimeout``, as before);
- a slot is never lost: every connection handed out comes back when its response closes or its request
  fails, however it fails (cancellation included), and a waiter cancelled just after being handed one
  passes it on.

Proxies keep httpcore2's own pools (their connections are proxy-specific).
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import httpcore2
import httpx2
from httpcore2._synchronization import AsyncShieldCancellation

__all__ = ["FifoConnectionPool", "Httpx2Transport"]

Connection = httpcore2.AsyncConnectionInterface
OriginKey = tuple[bytes, bytes, int]


def _key(origin: httpcore2.Origin) -> OriginKey:
    """``Origin`` defines equality but no hash."""
    return (origin.scheme, origin.host, origin.port)


class _Waiter:
    __slots__ = ("future", "origin")

    def __init__(self, origin: httpcore2.Origin, future: asyncio.Future[Connection | None]) -> None:
        self.origin = origin
        self.future = future
        """Resolves to an idle connection for ``origin``, or ``None``: a free slot to open one with."""


class FifoConnectionPool(httpcore2.AsyncConnectionPool):
    """httpcore2's connections, handed out from idle stacks and one FIFO queue (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._idle: dict[OriginKey, list[Connection]] = {}
        self._idle_count = 0
        self._open: dict[Connection, httpcore2.Origin] = {}
        """Every connection handed out or idle, and those being opened, with the origin it serves."""
        self._slots_taken = 0
        self._waiters: deque[_Waiter] = deque()
        self._closed = False

    @property
    def connections(self) -> list[Connection]:
        return list(self._open)

    @property
    def waiting(self) -> int:
        """Requests waiting for a connection."""
        return sum(1 for waiter in self._waiters if not waiter.future.done())

    async def handle_async_request(self, request: httpcore2.Request) -> httpcore2.Response:
        scheme = request.url.scheme
        if scheme not in (b"http", b"https"):
            raise httpcore2.UnsupportedProtocol(f"Request URL has an unsupported protocol {scheme!r}.")
        if self._closed:
            raise RuntimeError("The connection pool was closed.")
        timeouts = request.extensions.get("timeout", {})
        origin = request.url.origin
        while True:
            connection = await self._acquire(origin, timeouts.get("pool"))
            try:
                response = await connection.handle_async_request(request)
            except httpcore2.ConnectionNotAvailable:  # the server closed it while idle: take another
                await self._release(connection)
                continue
            except BaseException:
                await self._release(connection)
                raise
            return httpcore2.Response(
                status=response.status,
                headers=response.headers,
                content=_PooledStream(response.stream, connection, self),
                extensions=response.extensions,
            )

    # --- handing out -----------------------------------------------------------------------------------

    async def _acquire(self, origin: httpcore2.Origin, timeout: float | None) -> Connection:
        waiters = self._waiters
        while waiters and waiters[0].future.done():  # cancelled waiters leave when they reach the front
            waiters.popleft()
        if not waiters:
            connection = await self._take_idle(origin)
            if connection is not None:
                return connection
            if self._slots_taken < self._max_connections:
                self._slots_taken += 1
                return self._new_connection(origin)
            if self._idle_count:  # idle connections to other origins hold the slots: free one
                await self._close(self._pop_any_idle())
                return self._new_connection(origin)
        waiter = _Waiter(origin, asyncio.get_running_loop().create_future())
        waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                handed = await waiter.future
        except BaseException as exc:
            if waiter.future.done() and not waiter.future.cancelled():
                await self._pass_on(waiter.future.result())  # handed one as we gave up: pass it on
            else:
                waiter.future.cancel()
            if isinstance(exc, TimeoutError):
                raise httpcore2.PoolTimeout("No connection became free within the pool timeout.") from None
            raise
        return handed if handed is not None else self._new_connection(origin)

    async def _take_idle(self, origin: httpcore2.Origin) -> Connection | None:
        stack = self._idle.get(_key(origin))
        while stack:
            connection = stack.pop()
            self._idle_count -= 1
            if not connection.has_expired():
                return connection
            await self._close(connection)
            self._slots_taken -= 1
        return None

    def _pop_any_idle(self) -> Connection:
        for stack in self._idle.values():
            if stack:
                self._idle_count -= 1
                return stack.pop(0)  # the least recently used
        raise AssertionError("no idle connection")

    def _new_connection(self, origin: httpcore2.Origin) -> Connection:
        connection = self.create_connection(origin)
        self._open[connection] = origin
        return connection

    # --- taking back -----------------------------------------------------------------------------------

    async def _release(self, connection: Connection) -> None:
        """A request is done with ``connection``: reuse it, give it to a waiter, or close it."""
        reusable = connection.is_idle() and not connection.is_closed() and not self._closed
        if reusable:
            waiter = self._next_waiter()
            if waiter is not None and connection.can_handle_request(waiter.origin):
                waiter.future.set_result(connection)
                return
            if waiter is None and self._idle_count < self._max_keepalive_connections:
                self._idle.setdefault(_key(self._open[connection]), []).append(connection)
                self._idle_count += 1
                return
            if waiter is not None:  # another origin waits: its slot, our connection closed
                waiter.future.set_result(None)
                await self._close(connection)
                return
        await self._close(connection)
        await self._pass_on(None)

    async def _pass_on(self, handed: Connection | None) -> None:
        """A connection or a free slot that its receiver no longer wants goes to the next waiter."""
        if handed is not None:
            await self._release(handed)
            return
        waiter = self._next_waiter()
        if waiter is not None:
            waiter.future.set_result(None)
        else:
            self._slots_taken -= 1

    def _next_waiter(self) -> _Waiter | None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.future.done():
                return waiter
        return None

    async def _close(self, connection: Connection) -> None:
        self._open.pop(connection, None)
        with AsyncShieldCancellation():
            await connection.aclose()

    async def aclose(self) -> None:
        self._closed = True
        connections, self._open = list(self._open), {}
        self._idle.clear()
        self._idle_count = 0
        for waiter in self._waiters:
            if not waiter.future.done():
                waiter.future.cancel()
        self._waiters.clear()
        with AsyncShieldCancellation():
            for connection in connections:
                await connection.aclose()


class _PooledStream:
    """A response body that returns its connection to the pool when closed (once)."""

    def __init__(self, stream: Any, connection: Connection, pool: FifoConnectionPool) -> None:
        self._stream = stream
        self._connection = connection
        self._pool: FifoConnectionPool | None = pool

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            with AsyncShieldCancellation():
                if hasattr(self._stream, "aclose"):
                    await self._stream.aclose()
        finally:
            await pool._release(self._connection)


class Httpx2Transport(httpx2.AsyncHTTPTransport):
    """``httpx2.AsyncHTTPTransport`` on a ``FifoConnectionPool`` when no proxy is set."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool,
        limits: httpx2.Limits,
        proxy: str | httpx2.Proxy | None,
    ) -> None:
        super().__init__(verify=verify, limits=limits, proxy=proxy)
        pool = self._pool
        if proxy is None and type(pool) is httpcore2.AsyncConnectionPool:
            self._pool = FifoConnectionPool(
                ssl_context=pool._ssl_context,
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=limits.keepalive_expiry,
            )
