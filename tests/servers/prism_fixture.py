"""pytest plugin: one Prism mock server for the whole test session.

Load it with `pytest_plugins = ("tests.servers.prism_fixture",)` in a test module (or the root conftest).
The server is stopped when the session ends, whatever the outcome of the tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.prism import PrismServer


@pytest.fixture(scope="session")
def prism_server() -> Iterator[PrismServer]:
    """Prism on the committed snapshot, listening on a free 127.0.0.1 port; `.base_url` is the client's base."""
    with PrismServer() as server:
        yield server
