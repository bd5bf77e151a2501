"""ConnectionSlots: the aiohttp wire's admission, first come first served, losing no slot to cancellation."""

from __future__ import annotations

import asyncio
import random

import pytest

from mihu_client._backends.slots import ConnectionSlots


async def test_free_slots_are_taken_at_once_then_waiters_are_served_in_order() -> None:
    slots = ConnectionSlots(2)
    assert slots.try_take() and slots.try_take()
    assert not slots.try_take()
    served: list[int] = []

    async def wait(number: int) -> None:
        await slots.take(None)
        served.append(number)

    waiters = [asyncio.create_task(wait(number)) for number in range(5)]
    await asyncio.sleep(0)
    for _ in range(5):
        slots.give_back()
        await asyncio.sleep(0)
    await asyncio.gather(*waiters)
    assert served == [0, 1, 2, 3, 4]
    assert not slots.try_take()  # both original slots are still held by the five that took them in turn
    slots.give_back()
    assert slots.try_take()


async def test_a_free_slot_is_not_taken_past_a_waiter() -> None:
    slots = ConnectionSlots(1)
    assert slots.try_take()
    waiter = asyncio.create_task(slots.take(None))
    await asyncio.sleep(0)
    slots.give_back()  # handed to the waiter, not counted free
    assert not slots.try_take()
    await waiter


async def test_waiting_longer_than_the_timeout_is_a_timeout_and_leaves_no_trace() -> None:
    slots = ConnectionSlots(1)
    assert slots.try_take()
    with pytest.raises(TimeoutError):
        await slots.take(0.01)
    slots.give_back()
    assert slots.try_take()


async def test_a_slot_handed_to_a_cancelled_waiter_is_passed_on() -> None:
    slots = ConnectionSlots(1)
    assert slots.try_take()
    first = asyncio.create_task(slots.take(None))
    second = asyncio.create_task(slots.take(None))
    await asyncio.sleep(0)
    slots.give_back()  # granted to the first waiter ...
    first.cancel()  # ... which is cancelled before it runs again
    with pytest.raises(asyncio.CancelledError):
        await first
    await asyncio.wait_for(second, 1)  # the slot went on to the second
    slots.give_back()
    assert slots.try_take()


async def test_random_storm_keeps_every_slot() -> None:
    rng = random.Random(7)
    limit = 3
    slots = ConnectionSlots(limit)
    holding = 0
    most = 0

    async def one() -> None:
        nonlocal holding, most
        if not slots.try_take():
            await slots.take(rng.choice([None, 0.001, 0.05]))
        holding += 1
        most = max(most, holding)
        try:
            await asyncio.sleep(rng.random() / 500)
        finally:
            holding -= 1
            slots.give_back()

    tasks = [asyncio.create_task(one()) for _ in range(300)]
    for task in rng.sample(tasks, 60):
        asyncio.get_running_loop().call_later(rng.random() / 50, task.cancel)
    await asyncio.gather(*tasks, return_exceptions=True)
    assert most <= limit
    assert [slots.try_take() for _ in range(limit + 1)] == [True] * limit + [False]
