"""Storms of cancelled calls leave the client at full capacity and never re-send a cancelled POST.

Each storm sends hundreds of calls, 50 at a time, through one client whose pool holds only ``POOL``
connections, and cancels each at a random moment (while it waits for a pooled connection, sends, waits
for the answer, or reads the body), in one of the four ways async code does it. Afterwards exactly
``POOL`` concurrent calls must all succeed within a short pool timeout: a lost pool slot (httpcore
issue #1093) would starve one of them. Seeded, so a failure can be replayed.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import random
import uuid
import warnings
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

import httpx2
import pytest

from mihu_client.models import ContactInput
from tests.conftest import FAST_RETRY, TEST_TOKEN, MakeClient
from tests.servers.fault_server import FaultServer, RecordedRequest, Reply

POOL = 5
CALLS = 400
IN_FLIGHT = 50
CONNECTOR = uuid.UUID("6f1c1d1e-9a5b-4c1e-8f51-2b7d0c3a9e10")
CONNECTOR_PATH = f"/api/v1/pbx_extension_connectors/{CONNECTOR}"
CONTACTS = "/api/v1/contacts"
BIG = {"success": True, "data": {"name": "x" * 200_000}}
"""Large enough to need many reads, so some cancellations land while the body is read."""
SMALL = {"success": True, "data": {"name": "Ada"}}


class Storm:
    """The server side: random small delays and body sizes, and every POST's marker counted."""

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)
        self.posts: Counter[str] = Counter()

    def __call__(self, request: RecordedRequest) -> Reply:
        if request.method == "POST":
            self.posts[json.loads(request.body)["name"]] += 1
        body = BIG if self.rng.random() < 0.2 else SMALL
        return Reply.json(body, delay=self.rng.choice((0.0, 0.0, 0.002, 0.01, 0.03)))


async def cancel_after(style: str, delay: float, call: Callable[[], Coroutine[Any, Any, Any]]) -> None:
    """Run ``call()`` and cancel it after ``delay`` seconds the way ``style`` says, if it has not ended."""
    if style == "wait_for":
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(call(), timeout=delay)
    elif style == "timeout":
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(delay):
                await call()
    elif style == "cancel":
        task = asyncio.ensure_future(call())
        await asyncio.wait([task], timeout=delay)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    else:  # a sibling in a task group fails, which cancels the call

        async def fail_later() -> None:
            await asyncio.sleep(delay)
            raise LookupError("sibling failed")

        with contextlib.suppress(ExceptionGroup):
            async with asyncio.TaskGroup() as group:
                group.create_task(call())
                group.create_task(fail_later())


@pytest.mark.parametrize("attempt", range(3))
@pytest.mark.parametrize("style", ["wait_for", "timeout", "cancel", "task_group"])
async def test_cancellation_storm_leaves_the_pool_whole(
    fault_server: FaultServer, make_client: MakeClient, style: str, attempt: int
) -> None:
    storm = Storm(f"{style}/{attempt}")
    fault_server.respond(CONNECTOR_PATH, storm, keep_requests=False)
    fault_server.respond(CONTACTS, storm, keep_requests=False)
    loop_errors: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, context: loop_errors.append(context))
    rng = random.Random(f"client {style}/{attempt}")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        async with make_client(
            base_url=fault_server.url,
            token=TEST_TOKEN,
            retry_policy=FAST_RETRY,
            timeout=httpx2.Timeout(5.0, pool=2.0),
            limits=httpx2.Limits(max_connections=POOL, max_keepalive_connections=POOL),
        ) as mihu:
            gate = asyncio.Semaphore(IN_FLIGHT)

            async def one(number: int) -> None:
                if rng.random() < 0.3:

                    def call() -> Coroutine[Any, Any, Any]:
                        return mihu.contacts.create(ContactInput(name=f"storm-{number}", phone_number="+15555550123"))
                else:

                    def call() -> Coroutine[Any, Any, Any]:
                        return mihu.pbx_extension_connectors.get(CONNECTOR)

                delay = rng.choice((0.0, 0.0005, 0.002, rng.uniform(0, 0.05)))
                async with gate:
                    await cancel_after(style, delay, call)

            await asyncio.gather(*(one(number) for number in range(CALLS)))

            # Full capacity: exactly POOL calls at once, each needing its own connection, must all succeed
            # within the 2 s pool timeout.
            fault_server.respond(CONNECTOR_PATH, lambda _request: Reply.json(SMALL, delay=0.2))
            results = await asyncio.gather(*(mihu.pbx_extension_connectors.get(CONNECTOR) for _ in range(POOL)))
            assert all(result.data is not None for result in results)
        gc.collect()

    assert not loop_errors, f"unhandled errors in the event loop: {loop_errors[:3]}"
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)], [str(w.message) for w in caught][:3]
    twice = [name for name, seen in storm.posts.items() if seen > 1]
    assert not twice, f"cancelled POSTs sent again: {twice[:5]}"
