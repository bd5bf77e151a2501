"""pytest fixtures of mihu_client.testing, registered through the ``pytest11`` entry point.

``mihu_mock`` is a fresh ``MihuMock`` per test; ``mihu`` is a ``MihuClient`` wired to it and closed after
the test. ``@pytest.mark.mihu_mock(seed=..., spec=...)`` passes arguments to the mock. Importing this
module loads neither the mock nor the validation library: every pytest run in an environment with
mihu-client installed loads the plugin, whether or not the ``testing`` extra is.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import pytest

if TYPE_CHECKING:
    from mihu_client import MihuClient
    from mihu_client.testing import MihuMock

F = TypeVar("F", bound=Callable[..., Any])


def _async_fixture(function: F) -> F:
    """pytest-asyncio's fixture decorator when it is installed (strict mode needs it), else pytest's."""
    try:
        import pytest_asyncio
    except ImportError:
        return cast(F, pytest.fixture(function))
    return cast(F, pytest_asyncio.fixture(function))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "mihu_mock(**kwargs): arguments for the MihuMock of the mihu_mock fixture")


@pytest.fixture
def mihu_mock(request: pytest.FixtureRequest) -> MihuMock:
    """A fresh in-process Mihu API for this test."""
    from mihu_client.testing import MihuMock

    marker = request.node.get_closest_marker("mihu_mock")
    return MihuMock(**(marker.kwargs if marker is not None else {}))


@_async_fixture
async def mihu(mihu_mock: MihuMock) -> AsyncIterator[MihuClient]:
    """A MihuClient on ``mihu_mock``, closed after the test."""
    async with mihu_mock.client() as client:
        yield client
