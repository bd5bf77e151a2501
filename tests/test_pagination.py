"""Auto-pagination against a loopback server that plays each page shape and each misbehaviour.

The server answers from a handler per test (query parameters in, JSON out) and counts what it saw:
every request (path and query) and the most requests it ever had in flight at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from mihu_client import MihuClient
from mihu_client._generated.types import Response
from mihu_client._pagination import Paginator
from tests.conftest import TEST_TOKEN
from tests.snapshot import models, namespace_class, namespaces, operations, page_shape

Handler = Callable[[str, dict[str, str]], Awaitable[Any]]
UUID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


class PageServer:
    """HTTP/1.1 with keep-alive on 127.0.0.1, enough for httpx2 GETs; answers `await handler(path, query)`."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.arrived = asyncio.Condition()
        self.url = ""
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> PageServer:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        host, port = self._server.sockets[0].getsockname()[:2]
        self.url = f"http://{host}:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def pages_requested(self, key: str = "page") -> list[str | None]:
        return [query.get(key) for _, query in self.requests]

    async def wait_for(self, count: int, timeout: float = 5.0) -> None:
        """Until `count` requests have arrived (bounded); lets a handler hold a reply for a later request."""
        async with self.arrived:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.arrived.wait_for(lambda: len(self.requests) >= count), timeout)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while line := await reader.readline():
                target = line.decode("latin-1").split(" ")[1]
                while (header := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    del header  # GET requests only: no body to read
                url = urlsplit(target)
                async with self.arrived:
                    self.requests.append((url.path, dict(parse_qsl(url.query))))
                    self.arrived.notify_all()
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                try:
                    body = json.dumps(await self.handler(url.path, dict(parse_qsl(url.query)))).encode()
                finally:
                    self.in_flight -= 1
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                writer.write(head.encode() + body)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()


@contextlib.asynccontextmanager
async def serving(handler: Handler) -> AsyncIterator[tuple[PageServer, MihuClient]]:
    async with (
        PageServer(handler) as server,
        MihuClient(base_url=server.url, token=TEST_TOKEN, max_retries=0, timeout=10.0) as mihu,
    ):
        yield server, mihu


def contact(number: int) -> dict[str, Any]:
    return {"uuid": f"00000000-0000-4000-8000-{number:012d}", "name": f"Contact {number}"}


def laravel(items: list[Any], page: int, last_page: int | None, per_page: int = 2) -> dict[str, Any]:
    paginator: dict[str, Any] = {"current_page": page, "data": items, "per_page": per_page, "total": 99}
    if last_page is not None:
        paginator["last_page"] = last_page
    return {"success": True, "message": "ok", "data": paginator}


def chunk(total: int, page: int, per_page: int) -> list[dict[str, Any]]:
    return [contact(n) for n in range((page - 1) * per_page + 1, min(total, page * per_page) + 1)]


@pytest.mark.uses("listContacts")
async def test_laravel_pages_until_last_page_with_filters_on_every_request() -> None:
    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        return laravel(chunk(5, page, 2), page, last_page=3)

    async with serving(handler) as (server, mihu):
        items = [item async for item in mihu.contacts.list_all(per_page=2, search="ann")]
    assert all(isinstance(item, models.Contact) for item in items)
    assert [item.name for item in items] == [f"Contact {n}" for n in range(1, 6)]
    assert server.pages_requested() == ["1", "2", "3"]
    assert all(query["per_page"] == "2" and query["search"] == "ann" for _, query in server.requests)


@pytest.mark.uses("listPhoneNumbers")
async def test_items_with_pagination_object_and_page_access() -> None:
    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        items = [{"uuid": str(UUID), "number": f"+1555000{page}{i}"} for i in range(2)]
        meta = {"current_page": page, "per_page": 2, "total": 4, "last_page": 2, "has_more": page < 2}
        return {"success": True, "data": {"items": items, "pagination": meta}}

    async with serving(handler) as (server, mihu):
        pages = [page async for page in mihu.phone_numbers.list_all().pages()]
    assert [page.info.current_page for page in pages] == [1, 2]
    assert pages[0].info.last_page == 2 and pages[0].info.has_more is True
    assert all(isinstance(item, models.PhoneNumber) for page in pages for item in page.items)
    assert pages[1].response.json()["data"]["pagination"]["has_more"] is False
    assert server.pages_requested() == ["1", "2"]


@pytest.mark.uses("listPhoneNumbers")
async def test_without_last_page_has_more_decides() -> None:
    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        items = [{"uuid": str(UUID), "number": f"+1555{page}"}]
        return {"success": True, "data": {"items": items, "pagination": {"has_more": page < 3}}}

    async with serving(handler) as (server, mihu):
        items = [item async for item in mihu.phone_numbers.list_all()]
    assert len(items) == 3
    assert server.pages_requested() == ["1", "2", "3"]


@pytest.mark.uses("listTableRecords")
async def test_without_any_page_keys_a_short_page_or_an_empty_page_ends_it() -> None:
    async def short_last(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        return {"data": {"data": chunk(5, page, 2)}}  # records shape: no pagination keys at all

    async with serving(short_last) as (server, mihu):
        records = [item async for item in mihu.tables.list_all_records(UUID, per_page=2)]
    assert len(records) == 5
    assert server.pages_requested() == ["1", "2", "3"]  # page 3 had 1 < per_page items

    async def empty_after(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        return {"data": {"data": chunk(4, page, 2)}}

    async with serving(empty_after) as (server, mihu):
        records = [item async for item in mihu.tables.list_all_records(UUID)]  # per_page unknown to the client
    assert len(records) == 4
    assert server.pages_requested() == ["1", "2", "3"]  # page 3 came back empty


@pytest.mark.uses("listContacts", "listTableRecords")
async def test_a_server_ignoring_the_page_parameter_costs_one_request_not_a_loop() -> None:
    async def same_page(path: str, query: dict[str, str]) -> Any:
        return {"data": {"data": chunk(2, 1, 2)}}

    async with serving(same_page) as (server, mihu):
        records = [item async for item in mihu.tables.list_all_records(UUID)]
    assert len(records) == 2
    assert server.pages_requested() == ["1", "2"]

    served = 0

    async def page_one_again(path: str, query: dict[str, str]) -> Any:
        nonlocal served
        served += 1  # different items every time, but always labelled page 1
        return laravel([contact(served)], page=1, last_page=None, per_page=1)

    async with serving(page_one_again) as (server, mihu):
        items = [item async for item in mihu.contacts.list_all()]
    assert len(items) == 1
    assert server.pages_requested() == ["1", "2"]


@pytest.mark.uses("listContacts")
async def test_an_empty_first_page_yields_nothing() -> None:
    async def empty(path: str, query: dict[str, str]) -> Any:
        return laravel([], page=1, last_page=1)

    async with serving(empty) as (server, mihu):
        assert [item async for item in mihu.contacts.list_all()] == []
    assert len(server.requests) == 1


@pytest.mark.uses("listContacts")
async def test_prefetch_keeps_order_fetches_each_page_once_and_bounds_concurrency() -> None:
    server_ref: list[PageServer] = []

    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        if page in (2, 3, 4):
            await server_ref[0].wait_for(4)  # hold the first window until all of it was asked for
        return laravel(chunk(20, page, 2), page, last_page=10)

    async with serving(handler) as (server, mihu):
        server_ref.append(server)
        items = [item async for item in mihu.contacts.list_all(per_page=2, concurrency=3)]
    assert [item.name for item in items] == [f"Contact {n}" for n in range(1, 21)]
    assert sorted(server.pages_requested(), key=lambda page: int(page or 0)) == [str(n) for n in range(1, 11)]
    assert server.max_in_flight == 3


@pytest.mark.uses("listContacts")
async def test_stopping_early_cancels_prefetched_pages() -> None:
    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        return laravel(chunk(20, page, 2), page, last_page=10)

    async with serving(handler) as (server, mihu):
        paginator = mihu.contacts.list_all(per_page=2, concurrency=3)
        async with contextlib.aclosing(paginator.pages()) as pages:
            async for page in pages:
                if page.info.current_page == 2:
                    break
        requested = server.pages_requested()
    # Page 1, then one window of three; the break came before the window moved on. No page twice.
    assert len(requested) == len(set(requested))
    assert set(requested) <= {"1", "2", "3", "4"}


@pytest.mark.uses("listConversationMessages")
async def test_open_pages_are_sniffed_and_yield_json_items() -> None:
    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        items = [{"id": f"m{page}{i}"} for i in range(2)]
        return {"success": True, "data": {"current_page": page, "data": items, "last_page": 2}}

    async with serving(handler) as (server, mihu):
        messages = [
            item
            async for item in mihu.conversations.list_all_messages(
                UUID, sort_dir=models.ListConversationMessagesSortDir.DESC
            )
        ]
    assert messages == [{"id": "m10"}, {"id": "m11"}, {"id": "m20"}, {"id": "m21"}]
    assert [query.get("sort_dir") for _, query in server.requests] == ["desc", "desc"]


def raw_fetch(mihu: MihuClient, path: str) -> Callable[[Mapping[str, Any]], Awaitable[Response[Any]]]:
    """A page fetch through the client's own httpx2 client, for shapes no operation of the spec has."""

    async def fetch(arguments: Mapping[str, Any]) -> Response[Any]:
        response = await mihu.get_async_httpx_client().get(path, params=dict(arguments))
        return Response(
            status_code=response.status_code, content=response.content, headers=response.headers, parsed=None
        )

    return fetch


async def test_top_level_paginator_shape() -> None:
    async def handler(path: str, query: dict[str, str]) -> Any:
        page = int(query["page"])
        return {"current_page": page, "last_page": 3, "per_page": 1, "total": 3, "data": [{"n": page}]}

    async with serving(handler) as (server, mihu):
        paginator: Paginator[Any] = Paginator(
            raw_fetch(mihu, "/things"), mode="page", shape="top_level", items=None, concurrency=2
        )
        assert [item async for item in paginator] == [{"n": 1}, {"n": 2}, {"n": 3}]
    assert sorted(server.pages_requested(), key=str) == ["1", "2", "3"]


async def test_cursor_shape_follows_next_cursor_and_stops_on_a_repeat() -> None:
    chain = {None: ("a", [1, 2]), "a": ("b", [3]), "b": (None, [4])}

    async def handler(path: str, query: dict[str, str]) -> Any:
        next_cursor, items = chain[query.get("cursor")]
        return {
            "data": items,
            "pagination": {"next_cursor": next_cursor, "has_more": next_cursor is not None, "limit": 2},
        }

    async with serving(handler) as (server, mihu):
        paginator: Paginator[Any] = Paginator(raw_fetch(mihu, "/feed"), mode="cursor", shape="cursor", items=None)
        assert [item async for item in paginator] == [1, 2, 3, 4]
    assert server.pages_requested("cursor") == [None, "a", "b"]

    async def looping(path: str, query: dict[str, str]) -> Any:
        cursor = query.get("cursor")
        return {"data": [cursor or "first"], "pagination": {"next_cursor": "same", "has_more": True}}

    async with serving(looping) as (server, mihu):
        paginator = Paginator(raw_fetch(mihu, "/feed"), mode="cursor", shape="cursor", items=None)
        assert [item async for item in paginator] == ["first", "same"]
    assert server.pages_requested("cursor") == [None, "same"]


def test_concurrency_must_be_positive() -> None:
    async def never(arguments: Mapping[str, Any]) -> Response[Any]:
        raise AssertionError("not called")

    with pytest.raises(ValueError, match="concurrency"):
        Paginator(never, mode="page", shape="laravel", items=None, concurrency=0)


def test_paginating_twins_follow_the_page_shapes_of_the_snapshot() -> None:
    """Which operations page, and how, read from the spec itself: each has a twin with that shape."""
    expected = {op.module: (op, shape) for op in operations() if (shape := page_shape(op))}
    twins: dict[str, str] = {}
    for namespace in namespaces():
        resource = namespace_class(namespace)
        for name, module in resource._operations.items():
            if not inspect.iscoroutinefunction(getattr(resource, name)):
                found = re.search(r"Page shape `(\w+)`", getattr(resource, name).__doc__ or "")
                twins[module] = found.group(1) if found else "?"
    assert {module: twins.get(module) for module in expected} == {
        module: shape for module, (_, shape) in expected.items()
    }
    assert set(twins) == set(expected), f"twins for operations that do not page: {sorted(set(twins) - set(expected))}"
