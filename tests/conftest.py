"""Shared fixtures: a fault-injecting server, the wire backends, and a client pointed at the server.

Every test that takes ``mihu``, ``make_client`` or ``http_backend`` runs once per wire backend (``httpx2``,
``aiohttp``): the backends must be indistinguishable to callers, so the same assertions hold for both.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from mihu_client import MihuClient, RetryPolicy
from tests.servers.fault_server import FaultServer

TEST_TOKEN = "test-token-0123456789abcdef"
"""Distinctive enough that a test can search logs and messages for it."""

FAST_RETRY = RetryPolicy(base_delay=0.001, max_delay=0.005, max_retry_after=2.0)
"""Tiny backoff so retry tests stay fast; server Retry-After above 2 s is refused."""

HTTP_BACKENDS = [
    pytest.param("httpx2", id="httpx2"),
    pytest.param(
        "aiohttp",
        id="aiohttp",
        marks=pytest.mark.skipif(importlib.util.find_spec("aiohttp") is None, reason="aiohttp is not installed"),
    ),
]

MakeClient = Callable[..., MihuClient]


@pytest.fixture(scope="module", params=HTTP_BACKENDS)
def http_backend(request: pytest.FixtureRequest) -> str:
    """The wire backend under test (``MihuClient(http_backend=...)``); module-scoped so module clients can use it."""
    return str(request.param)


@pytest.fixture
def make_client(http_backend: str) -> MakeClient:
    """``MihuClient`` with the backend under test; every other argument as given."""
    return functools.partial(MihuClient, http_backend=http_backend)


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
async def mihu(fault_server: FaultServer, make_client: MakeClient) -> AsyncIterator[MihuClient]:
    async with make_client(base_url=fault_server.url, token=TEST_TOKEN, retry_policy=FAST_RETRY, timeout=5.0) as client:
        yield client


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
