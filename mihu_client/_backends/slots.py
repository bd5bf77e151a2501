"""ConnectionSlots: admission to the aiohttp wire's connections, first come first served, with a pool timeout.

aiohttp's connector queues requests itself, but without httpx2's pool timeout and without a FIFO guarantee, so
the wire admits at most ``max_connections`` requests and queues the rest here. An ``asyncio.Semaphore`` did
the same at about three times the cost per request (``locked()`` scans its waiters, ``acquire()`` is a
coroutine even when a slot is free); a free slot is now taken with no await at all.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

__all__ = ["ConnectionSlots"]


class ConnectionSlots:
    """At most ``limit`` holders at once; the others wait in arrival order.

    Invariant: a slot is counted free only while nobody waits (``give_back`` hands it to the longest waiter
    first), so ``try_take`` never overtakes a waiter.
    """

    __slots__ = ("_free", "_waiters")

    def __init__(self, limit: int) -> None:
        self._free = limit
        self._waiters: deque[asyncio.Future[None]] = deque()

    def try_take(self) -> bool:
        """Take a slot if one is free and nobody waits for one."""
        if self._free and not self._waiters:
            self._free -= 1
            return True
        return False

    async def take(self, timeout: float | None) -> None:
        """Wait for a slot behind everyone already waiting; ``TimeoutError`` after ``timeout`` seconds.

        Cancelled or timed out just as a slot was handed over, the waiter passes that slot on, so none is lost.
        The timeout is one timer on the loop that fails the waiter's future: with many requests queued, most
        wait here, and ``asyncio.timeout`` costs several times as much per wait (its context manager, task
        cancellation and uncancelling).
        """
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._waiters.append(waiter)
        timer = None if timeout is None else loop.call_later(timeout, _time_out, waiter)
        try:
            await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.give_back()  # a slot came with the cancellation: pass it on
            else:
                waiter.cancel()
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            raise
        finally:
            if timer is not None:
                timer.cancel()

    def give_back(self) -> None:
        """Return a slot: to the longest waiter still waiting, or to the free count."""
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


def _time_out(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())
