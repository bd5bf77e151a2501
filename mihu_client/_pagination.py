"""Auto-pagination: `async for contact in mihu.contacts.list_all(...)` walks every page of a list call.

The generator decides, per operation, how pages are requested (`page` number or `cursor`) and where the
items sit in the response (the page *shape*, read from the response schema). This module reads the
pagination keys from the raw JSON of each page, wherever the shape puts them, falling back to the
usual other places (`meta`, `pagination`, the top level), and stops at the first of: the last page
(`last_page`), `has_more: false`, a missing next cursor, a short page when neither is sent, an empty
page, a page (or cursor) already seen, or a page whose `current_page` names a page already yielded. No page
is requested twice, so a server that ignores the page parameter costs one extra request, not a loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from ._generated.types import Response, Unset
from ._response import RawResponse

T = TypeVar("T")

Mode = Literal["page", "cursor"]
"""How the next page is asked for: a `page` number, or the `cursor` the previous page returned."""

ShapeName = Literal["laravel", "items_pagination", "top_level", "cursor", "open"]
"""Where a page keeps its items and pagination keys (see `SHAPES`); `open` is sniffed per response."""


@dataclass(frozen=True, slots=True)
class Shape:
    items: tuple[str, ...]
    """JSON path of the item list."""
    meta: tuple[str, ...]
    """JSON path of the object holding the pagination keys."""


SHAPES: dict[str, Shape] = {
    # {"data": {"current_page", "data": [...], "last_page", "per_page", "total", ...}} (Laravel paginator)
    "laravel": Shape(items=("data", "data"), meta=("data",)),
    # {"data": {"items": [...], "pagination": {"current_page", "last_page", "has_more", ...}}}
    "items_pagination": Shape(items=("data", "items"), meta=("data", "pagination")),
    # {"current_page", "last_page", "per_page", "total", "data": [...]}
    "top_level": Shape(items=("data",), meta=()),
    # {"data": [...], "pagination": {"next_cursor", "has_more", "limit"}}
    "cursor": Shape(items=("data",), meta=("pagination",)),
}
_SNIFF_ORDER = ("items_pagination", "laravel", "top_level")
_FALLBACK_META = (("meta",), ("pagination",), ())


@dataclass(frozen=True, slots=True)
class PageInfo:
    """The pagination keys of one page; None where the server did not send the key."""

    current_page: int | None = None
    last_page: int | None = None
    per_page: int | None = None
    total: int | None = None
    has_more: bool | None = None
    next_cursor: str | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One fetched page: its items, pagination keys, the page arguments sent and the raw response."""

    items: list[T]
    info: PageInfo
    request: Mapping[str, Any]
    response: RawResponse[Any]
    fingerprint: bytes


def _walk(node: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _attribute_walk(node: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        node = getattr(node, name, None)
        if node is None or isinstance(node, Unset):
            return None
    return node


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return int(value)
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _as_cursor(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    text = str(value) if isinstance(value, str | int) else None
    return text or None


def _page_info(raw: Any, shape: Shape) -> PageInfo:
    places = [_walk(raw, shape.meta)] + [_walk(raw, path) for path in _FALLBACK_META]
    places = [place for place in places if isinstance(place, Mapping)]

    def key(name: str) -> Any:
        for place in places:
            if place.get(name) is not None:
                return place[name]
        return None

    return PageInfo(
        current_page=_as_int(key("current_page")),
        last_page=_as_int(key("last_page")),
        per_page=_as_int(key("per_page")) or _as_int(key("limit")),
        total=_as_int(key("total")),
        has_more=_as_bool(key("has_more")),
        next_cursor=_as_cursor(key("next_cursor")),
    )


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


def _fingerprint(items: list[Any]) -> bytes:
    """Identifies a page by its length and its first and last items.

    Items of a list are distinct across its pages, so two pages agreeing on all three are the same page
    served twice. Hashing the whole page instead cost about as much as parsing it.
    """
    ends = [len(items), items[0], items[-1]] if items else [0]
    text = json.dumps(ends, sort_keys=True, separators=(",", ":"), default=repr)
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


@dataclass(slots=True)
class _Seen:
    """What one iteration has yielded: page fingerprints and page numbers."""

    fingerprints: set[bytes] = field(default_factory=set)
    numbers: set[int] = field(default_factory=set)


class Paginator(Generic[T]):
    """Items (or `pages()`) of a list operation across all its pages; each iteration starts afresh.

    `concurrency` > 1 lets page-number iteration fetch up to that many pages at once once the first
    page has told the last page number; items still come out in page order. Cursor pages are
    necessarily fetched one after another.
    """

    def __init__(
        self,
        fetch: Callable[[Mapping[str, Any]], Awaitable[Response[Any]]],
        *,
        mode: Mode,
        shape: ShapeName,
        items: tuple[str, ...] | None,
        per_page: int | None = None,
        concurrency: int = 1,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        if shape != "open" and shape not in SHAPES:
            raise ValueError(f"unknown page shape {shape!r}")
        self._fetch = fetch
        self._mode = mode
        self._shape = shape
        self._items = items
        self._per_page = per_page
        self._concurrency = concurrency

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate_items()

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """Whole pages, for the pagination keys, headers or raw JSON of each."""
        return self._cursor_pages() if self._mode == "cursor" else self._numbered_pages()

    async def _iterate_items(self) -> AsyncGenerator[T, None]:
        async with contextlib.aclosing(self.pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    def _shape_of(self, raw: Any) -> Shape:
        if self._shape != "open":
            return SHAPES[self._shape]
        for name in _SNIFF_ORDER:
            if isinstance(_walk(raw, SHAPES[name].items), list):
                return SHAPES[name]
        return SHAPES["top_level"]

    async def _load(self, request: Mapping[str, Any]) -> Page[T]:
        response = await self._fetch(request)
        raw = _decode(response.content)
        shape = self._shape_of(raw)
        raw_items = _walk(raw, shape.items)
        if self._items is None:
            items = list(raw_items) if isinstance(raw_items, list) else []
        else:
            parsed_items = _attribute_walk(response.parsed, self._items)
            items = list(parsed_items) if isinstance(parsed_items, list) else []
        fingerprint = _fingerprint(raw_items if isinstance(raw_items, list) else [repr(item) for item in items])
        return Page(
            items=items,
            info=_page_info(raw, shape),
            request=dict(request),
            response=RawResponse(response),
            fingerprint=fingerprint,
        )

    @staticmethod
    def _fresh(page: Page[T], number: int, seen: _Seen) -> bool:
        """Whether `page` (requested as page `number`) is new and worth yielding; records it if so."""
        if not page.items or page.fingerprint in seen.fingerprints:
            return False
        current = page.info.current_page
        if current is not None and current != number and current in seen.numbers:
            return False  # the server answered with a page already yielded (clamped, or ignored the parameter)
        seen.fingerprints.add(page.fingerprint)
        seen.numbers.add(number)
        return True

    def _more_after(self, page: Page[T], number: int) -> bool:
        info = page.info
        if info.last_page is not None and number >= info.last_page:
            return False
        if info.has_more is False:
            return False
        if info.last_page is None and info.has_more is None:
            per_page = info.per_page or self._per_page
            if per_page is not None and len(page.items) < per_page:
                return False
        return True

    async def _numbered_pages(self) -> AsyncGenerator[Page[T], None]:
        seen = _Seen()
        page = await self._load({"page": 1})
        if not self._fresh(page, 1, seen):
            return
        yield page
        if not self._more_after(page, 1):
            return
        if self._concurrency > 1 and page.info.last_page is not None:
            async with contextlib.aclosing(self._prefetched(page.info.last_page, seen)) as rest:
                async for later in rest:
                    yield later
            return
        number = 1
        while True:
            number += 1
            page = await self._load({"page": number})
            if not self._fresh(page, number, seen):
                return
            yield page
            if not self._more_after(page, number):
                return

    async def _prefetched(self, last_page: int, seen: _Seen) -> AsyncGenerator[Page[T], None]:
        """Pages 2..last_page, at most `concurrency` requests in flight, yielded in order."""
        pending: deque[tuple[int, asyncio.Task[Page[T]]]] = deque()
        next_number = 2
        try:
            while True:
                while len(pending) < self._concurrency and next_number <= last_page:
                    task = asyncio.ensure_future(self._load({"page": next_number}))
                    pending.append((next_number, task))
                    next_number += 1
                if not pending:
                    return
                number, task = pending.popleft()
                page = await task
                if not self._fresh(page, number, seen):
                    return
                yield page
                if not self._more_after(page, number):
                    return
                if page.info.last_page is not None:
                    last_page = page.info.last_page
        finally:
            for _, task in pending:
                task.cancel()
            await asyncio.gather(*(task for _, task in pending), return_exceptions=True)

    async def _cursor_pages(self) -> AsyncGenerator[Page[T], None]:
        seen: set[bytes] = set()
        requested: set[str] = set()
        cursor: str | None = None
        while True:
            page = await self._load({} if cursor is None else {"cursor": cursor})
            if not page.items or page.fingerprint in seen:
                return
            seen.add(page.fingerprint)
            yield page
            cursor = page.info.next_cursor
            if page.info.has_more is False or cursor is None or cursor in requested:
                return
            requested.add(cursor)
