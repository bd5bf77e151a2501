"""Tests of examples/fastapi_app.py with Mihu faked in-process (`pip install "mihu-client[testing]"`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest
import pytest_asyncio
from fastapi_app import app, get_mihu

from mihu_client import MihuClient
from mihu_client.testing import MihuMock


@pytest_asyncio.fixture
async def service(mihu: MihuClient) -> AsyncIterator[httpx2.AsyncClient]:
    """The app, calling the `mihu` fixture's client (wired to the `mihu_mock` fake) instead of a tenant."""
    app.dependency_overrides[get_mihu] = lambda: mihu
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://app") as client:
        yield client
    app.dependency_overrides.clear()


@pytest.mark.asyncio
async def test_finds_leads_even_when_mihu_is_briefly_unavailable(
    service: httpx2.AsyncClient, mihu_mock: MihuMock
) -> None:
    mihu_mock.contacts.list.fail(503).respond(
        json={"success": True, "data": {"current_page": 1, "last_page": 1, "data": [{"name": "Ada Lovelace"}]}}
    )

    response = await service.get("/leads", params={"search": "Ada"})

    assert response.status_code == 200
    assert response.json() == ["Ada Lovelace"]
    assert mihu_mock.contacts.list.call_count == 2  # the 503 was retried: a GET is safe to repeat
    assert mihu_mock.contacts.list.last_call.query["search"] == "Ada"


@pytest.mark.asyncio
async def test_creates_a_lead(service: httpx2.AsyncClient, mihu_mock: MihuMock) -> None:
    response = await service.post("/leads", json={"name": "Ada", "email": "ada@example.com"})

    assert response.status_code == 201
    mihu_mock.contacts.create.assert_called_once_with(body={"name": "Ada", "email": "ada@example.com"})
    mihu_mock.assert_no_violations()


@pytest.mark.asyncio
async def test_an_invalid_email_is_caught_by_the_spec(service: httpx2.AsyncClient, mihu_mock: MihuMock) -> None:
    response = await service.post("/leads", json={"name": "Ada", "email": "not-an-email"})

    # The mock checked the request against Mihu's OpenAPI spec and answered as Mihu does (422).
    assert response.status_code == 422
    assert response.json()["detail"]["field"] == "email"
    assert [violation.field for violation in mihu_mock.violations] == ["email"]
