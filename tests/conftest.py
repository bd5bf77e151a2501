"""Shared fixtures: a fault-injecting server and a client pointed at it with near-zero backoff."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from mihu_client import MihuClient, RetryPolicy
from tests.servers.fault_server import FaultServer

TEST_TOKEN = "test-token-0123456789abcdef"
"""Distinctive enough that a test can search logs and messages for it."""

FAST_RETRY = RetryPolicy(base_delay=0.001, max_delay=0.005, max_retry_after=2.0)
"""Tiny backoff so retry tests stay fast; server Retry-After above 2 s is refused."""


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
async def mihu(fault_server: FaultServer) -> AsyncIterator[MihuClient]:
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN, retry_policy=FAST_RETRY, timeout=5.0) as client:
        yield client


@pytest.fixture(params=["httpx2"])
def http_backend(request: pytest.FixtureRequest) -> str:
    """The wire backend a test's client uses; tests that take it run once per backend."""
    return str(request.param)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "uses(*operation_ids): operations of the snapshot a test relies on, checked before it runs"
    )


@pytest.fixture(autouse=True)
def _operations_in_use(request: pytest.FixtureRequest) -> None:
    """A test marked `uses("getContact")` fails naming the operation when the snapshot no longer has it."""
    from tests.snapshot import operation

    for marker in request.node.iter_markers("uses"):
        for operation_id in marker.args:
            operation(operation_id)
