"""Chaos: thousands of calls through one client while a quarter of the server's answers are faults.

One client sends GETs and POSTs to ``/api/v1/contacts`` (list and create), about 100 in flight, and the
fault server answers each attempt with a fault chosen by a seeded hash of (call, attempt): a 503 before
acting, a 500 after acting, a 429, a connection dropped before or after acting, an answer later than the
read timeout, a body cut short, a gzip body cut short. Some calls are also cancelled at random moments.

Because the fault of every attempt is known in advance, the outcome of every call that was not cancelled
is predicted from the retry rules alone, and must match. Invariants: no POST acted on twice, every
failure a ``MihuError``, the pool whole afterwards (as many concurrent calls as it has connections all
succeed), sockets released on close and memory growth bounded. The seed makes a failing run replayable.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import random
import threading
from collections import Counter
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import httpx2
import pytest

from mihu_client import MihuError, RetryPolicy
from mihu_client.models import ContactInput
from tests.conftest import TEST_TOKEN, MakeClient
from tests.servers.fault_server import FaultServer, RecordedRequest, Reply

SEED = 20261202
CALLS = 3000
IN_FLIGHT = 100
POOL = 50
FAULT_RATE = 0.25
CANCEL_RATE = 0.08
READ_TIMEOUT = 0.25
MAX_RETRIES = 2
CONTACTS = "/api/v1/contacts"
OK_BODY = {"success": True, "data": {"uuid": "0b4e7c1e-0000-4000-8000-000000000001", "name": "Ada"}}
RSS_GROWTH_LIMIT = 64 * 1024 * 1024

ACTED = {"500-after", "drop-after", "late", "cut", "cut-gzip"}
"""Faults served after the application did its work."""
NOT_ACTED = {"503-before", "429", "drop-before"}
"""Faults served before any work was done."""
FAULTS = sorted(ACTED | NOT_ACTED)
RETRIED_FOR_POST = {"429"}
"""The only fault after which a POST may be sent again: the others look like "maybe acted" to a client."""


def fault_for(call: int, attempt: int) -> str | None:
    """The fault served to ``attempt`` (0-based) of ``call``, or ``None`` for a good answer."""
    rng = random.Random(f"{SEED}/{call}/{attempt}")
    return rng.choice(FAULTS) if rng.random() < FAULT_RATE else None


def predicted_ok(method: str, call: int) -> bool:
    """Whether the retry rules let this call succeed, given the faults its attempts will meet."""
    for attempt in range(MAX_RETRIES + 1):
        fault = fault_for(call, attempt)
        if fault is None:
            return True
        if method == "POST" and fault not in RETRIED_FOR_POST:
            return False
    return False


def reply_for(fault: str | None, hold: float = 0.0) -> Reply:
    """The reply for ``fault``; a good answer waits ``hold`` seconds first."""
    body = json.dumps(OK_BODY).encode()
    if fault is None:
        return Reply.raw(body, content_type="application/json", delay=hold)
    if fault == "503-before":
        return Reply.json({"message": "Service unavailable"}, 503)
    if fault == "500-after":
        return Reply.json({"message": "Server error"}, 500)
    if fault == "429":
        return Reply.status_only(429, headers={"Retry-After": "0"})
    if fault in ("drop-before", "drop-after"):
        return Reply.dropped()
    if fault == "late":
        return Reply.raw(body, content_type="application/json", delay=READ_TIMEOUT * 2)
    if fault == "cut":
        return Reply.truncated(OK_BODY, keep=10)
    packed = gzip.compress(body)
    return Reply.raw(packed[:-6], content_type="application/json", headers={"Content-Encoding": "gzip"})


class ChaosServer:
    """The responder: counts attempts per call and the times the application acted on each POST.

    ``hold`` maps a call to cancel to the time its good answers wait, longer than the time before it is
    cancelled: the cancellation then lands while the call is in flight however fast the client is.
    """

    def __init__(self, hold: dict[int, float]) -> None:
        self.hold = hold
        self.attempts: Counter[int] = Counter()
        self.post_acted: Counter[int] = Counter()
        self.lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Reply:
        if request.method == "POST":
            call = int(json.loads(request.body)["name"])
        else:
            call = int(parse_qs(request.query)["page"][0])
        attempt = self.attempts[call]
        self.attempts[call] += 1
        fault = fault_for(call, attempt)
        if request.method == "POST" and (fault is None or fault in ACTED):
            self.post_acted[call] += 1
        return reply_for(fault, self.hold.get(call, 0.0))


@dataclass
class Outcome:
    method: str
    cancelled: bool
    ok: bool
    error: BaseException | None


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads memory and sockets from /proc")
async def test_chaos(fault_server: FaultServer, make_client: MakeClient) -> None:
    rng = random.Random(SEED)
    plan = [
        ("POST" if rng.random() < 0.3 else "GET", rng.random() < CANCEL_RATE, rng.uniform(0, 0.3)) for _ in range(CALLS)
    ]
    server = ChaosServer({call: after + 0.05 for call, (_, cancel, after) in enumerate(plan) if cancel})
    fault_server.respond(CONTACTS, server, keep_requests=False)
    fds_before = open_fds()

    async with make_client(
        base_url=fault_server.url,
        token=TEST_TOKEN,
        max_retries=MAX_RETRIES,
        retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.005, max_retry_after=1.0),
        timeout=httpx2.Timeout(5.0, read=READ_TIMEOUT),
        limits=httpx2.Limits(max_connections=POOL, max_keepalive_connections=POOL),
    ) as mihu:
        gate = asyncio.Semaphore(IN_FLIGHT)

        async def one(call: int) -> Outcome:
            method, cancel, after = plan[call]
            request: Coroutine[Any, Any, object]
            if method == "POST":
                request = mihu.contacts.create(ContactInput(name=str(call), phone_number="+15555550123"))
            else:
                request = mihu.contacts.list(page=call)
            async with gate:
                try:
                    if cancel:
                        async with asyncio.timeout(after):
                            await request
                    else:
                        await request
                except TimeoutError as error:
                    return Outcome(method, cancel, False, error)
                except Exception as error:
                    return Outcome(method, cancel, False, error)
            return Outcome(method, cancel, True, None)

        rss_before = rss_bytes()
        outcomes = await asyncio.gather(*(one(call) for call in range(CALLS)))
        rss_growth = rss_bytes() - rss_before

        # The pool is whole: POOL calls at once, each needing a connection, all succeed.
        fault_server.respond(CONTACTS, lambda _request: Reply.json(OK_BODY, delay=0.1))
        healthy = await asyncio.gather(*(mihu.contacts.list(page=1) for _ in range(POOL)))
        assert all(result.success for result in healthy)

    for _ in range(100):  # the server's threads notice closed connections a moment later
        if open_fds() <= fds_before + 2:
            break
        await asyncio.sleep(0.02)

    twice = sorted(call for call, acted in server.post_acted.items() if acted > 1)
    assert not twice, f"POSTs the server acted on twice (seed {SEED}): {twice[:10]}"

    foreign = [o.error for o in outcomes if o.error is not None and not isinstance(o.error, MihuError | TimeoutError)]
    assert not foreign, f"failures that are not MihuError: {foreign[:5]!r}"
    timeouts_not_cancelled = [o for o in outcomes if isinstance(o.error, TimeoutError) and not o.cancelled]
    assert not timeouts_not_cancelled, "asyncio.TimeoutError escaped a call nobody cancelled"

    wrong = [
        (call, outcome.method, outcome.ok, repr(outcome.error))
        for call, outcome in enumerate(outcomes)
        if not outcome.cancelled and outcome.ok != predicted_ok(outcome.method, call)
    ]
    assert not wrong, f"outcomes the retry rules do not predict (seed {SEED}): {wrong[:10]}"

    # The storm really was one: enough faults, retries, failures and cancellations happened.
    served_faults = sum(
        1 for call, attempts in server.attempts.items() for attempt in range(attempts) if fault_for(call, attempt)
    )
    assert served_faults >= CALLS * FAULT_RATE * 0.8
    assert sum(1 for o in outcomes if not o.ok and not o.cancelled) >= CALLS * 0.05
    assert sum(1 for o in outcomes if o.cancelled and not o.ok) >= CALLS * CANCEL_RATE * 0.8

    assert rss_growth < RSS_GROWTH_LIMIT, f"RSS grew by {rss_growth / 2**20:.1f} MiB"
    assert open_fds() <= fds_before + 2, "sockets left open after the client was closed"
