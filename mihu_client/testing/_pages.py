"""Make a generated list response a consistent page, so that auto-pagination over the mock ends.

Examples and generated values say anything about pagination (`current_page: 1, last_page: 5`, a random
`has_more`), which would send `list_all()` after pages the mock does not have. The default answer of a
list operation is therefore one page holding every item: whatever page is asked for is reported as
that page, the last page is 1, `has_more` is false and there is no next cursor; a page past the first
is empty, as Laravel answers it (so a paginator that finds no pagination keys stops at page 2).
"""

from __future__ import annotations

from typing import Any

__all__ = ["as_single_page"]

_META_KEYS = frozenset({"current_page", "last_page", "has_more", "next_cursor"})
_ITEM_KEYS = ("data", "items")


_ITEM_PATHS = (("data", "data"), ("data", "items"), ("items",), ("data",))
"""Where a page keeps its items when it sends no pagination keys at all (see mihu_client._pagination)."""


def as_single_page(body: Any, page: int) -> Any:
    """Rewrite, in place, the pagination keys of every page-like object in `body`; returns `body`.

    A page past the first is emptied; without pagination keys, at the first usual place of a page's items.
    """
    if not _visit(body, None, page) and page > 1:
        for path in _ITEM_PATHS:
            node = body
            for key in path:
                node = node.get(key) if isinstance(node, dict) else None
            if isinstance(node, list):
                node.clear()
                break
    return body


def _visit(node: Any, parent: dict[str, Any] | None, page: int) -> bool:
    """Whether a page-like object was found (and rewritten) in `node`."""
    if isinstance(node, list):
        return any([_visit(item, None, page) for item in node])
    if not isinstance(node, dict):
        return False
    if _META_KEYS & node.keys():
        holders = [node] + ([parent] if parent is not None else [])
        items = next(
            (h[key] for h in holders for key in _ITEM_KEYS if isinstance(h.get(key), list)),
            None,
        )
        count = len(items) if items is not None else None
        if items is not None and page > 1:
            items.clear()
        if "current_page" in node:
            node["current_page"] = page
        if "last_page" in node:
            node["last_page"] = 1
        if "has_more" in node:
            node["has_more"] = False
        if "next_cursor" in node:
            node["next_cursor"] = None
        if "total" in node and count is not None:
            node["total"] = count
        return True
    return any([_visit(value, node, page) for value in node.values()])
