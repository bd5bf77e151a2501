"""FIFO admission in front of a connection pool: at most ``limit`` exchanges reach it at once.

Connection pools keep their waiting requests in a queue they rescan whenever a connection is assigned or
released, so with thousands of tasks in flight most of the time goes into that rescanning and throughput
falls as concurrency rises. Queuing here instead, on a plain deque of futures, keeps the pool's own queue
short (at most as long as the pool has connections). Waiting keeps the pool's contract:
first come, first served, and ``httpx2.PoolTimeout`` once the request's ``pool`` timeout has passed
without a slot. A slot is held until the response body is closed, and is never lost to cancellation: a
waiter cancelled just after being handed a slot passes it on.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable

import httpx2

__all__ = ["Admission", "AdmittedTransport"]


class Admission:
    """A FIFO counting gate; ``acquire`` raises ``httpx2.PoolTimeout`` after ``timeout`` seconds."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be >= 1")
        self.limit = limit
        self._free = limit
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def in_use(self) -> int:
        return self.limit - self._free

    @property
    def waiting(self) -> int:
        return sum(1 for waiter in self._waiters if not waiter.done())

    @property
    def available(self) -> bool:
        """Whether ``take`` may be called: a slot is free and nobody waits for one."""
        return self._free > 0 and not self._waiters

    def take(self) -> None:
        """Take a free slot without waiting (only when ``available``)."""
        self._free -= 1

    async def acquire(self, timeout: float | None, request: httpx2.Request) -> None:
        """Wait for a slot in arrival order; ``httpx2.PoolTimeout`` after ``timeout`` seconds."""
        if self.available:
            self._free -= 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed a slot at the moment we gave up: pass it on
            else:
                waiter.cancel()  # release() skips it
            if isinstance(exc, TimeoutError):
                raise httpx2.PoolTimeout("no connection became free within the pool timeout", request=request) from None
            raise

    def release(self) -> None:
        """Hand the slot to the longest waiter still waiting, or free it."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


class _ReleasingStream(httpx2.AsyncByteStream):
    """A response body that gives the admission slot back when it is closed (once)."""

    def __init__(self, stream: httpx2.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class AdmittedTransport(httpx2.AsyncBaseTransport):
    """Wraps a pooled transport so that at most ``limit`` requests are inside it at once.

    ``limit`` is the pool's connection limit plus a queue of the same size: a request queued inside the
    pool is handed a connection the moment another response closes, so connections never sit idle
    while requests wait here, and the pool's queue stays short whatever the number of tasks in flight.
    Time spent waiting here counts against the request's ``pool`` timeout.
    """

    def __init__(self, transport: httpx2.AsyncBaseTransport, max_connections: int) -> None:
        self._transport = transport
        self.admission = Admission(2 * max_connections)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        admission = self.admission
        extensions = request.extensions
        if admission.available:
            admission.take()
        else:
            timeouts = extensions.get("timeout")
            pool_timeout = timeouts.get("pool") if isinstance(timeouts, dict) else None
            started = time.monotonic()
            await admission.acquire(pool_timeout, request)
            if pool_timeout is not None and isinstance(timeouts, dict):  # the pool waits only for what is left
                left = max(pool_timeout - (time.monotonic() - started), 0.001)
                request.extensions = {**extensions, "timeout": {**timeouts, "pool": left}}
        try:
            response = await self._transport.handle_async_request(request)
        except BaseException:
            admission.release()
            raise
        finally:
            request.extensions = extensions  # a retry of the same request starts with its own timeouts
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        response.stream = _ReleasingStream(response.stream, admission.release)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()
