"""The httpx2 client under MihuClient, minus per-request work that only needs doing once per client.

Profiling a sequential GET showed ``AsyncClient._merge_url`` taking about 45% of the httpx2 client's own time:
every request parses its relative path, then re-parses and re-validates the whole base URL (scheme, host —
through ``ipaddress`` for an IP — port) to join them. The base URL never changes, so here it is parsed once, and a relative
path made only of characters httpx2 would leave as they are (what generated operations send: a template and
quoted parameters) is joined onto it directly; anything else is parsed by httpx2 as before. Requests without
headers of their own skip one more copy of the client's headers (``Request`` copies them anyway). ``tests/test_http_client.py`` checks the result equals httpx2's own join.
"""

from __future__ import annotations

from typing import Any

import httpx2
from httpx2._urlparse import ParseResult, normalize_path

__all__ = ["SdkHttpClient"]


class SdkHttpClient(httpx2.AsyncClient):
    """``httpx2.AsyncClient`` whose relative URLs are joined to the base URL without re-parsing it."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._joined_base: httpx2.URL | None = None
        self._base_reference: ParseResult | None = None

    def _merge_headers(self, headers: Any = None) -> Any:
        # httpx2 copies the client's headers and merges an empty set into the copy; Request() copies them again.
        return self.headers if not headers else super()._merge_headers(headers)

    def _merge_url(self, url: httpx2.URL | str) -> httpx2.URL:
        # Only the form generated operations use: an absolute path ("/api/v1/..."), not "//host/...".
        if not isinstance(url, str) or url[:1] != "/" or url[1:2] == "/":
            return super()._merge_url(url)
        base = self.base_url
        if base is not self._joined_base:  # parsed once per base URL (it is settable)
            self._joined_base, self._base_reference = base, base._uri_reference
        reference = self._base_reference
        assert reference is not None
        path, mark, query = url.partition("?")
        if path.rstrip(_PATH_AS_IS) or query.rstrip(_QUERY_AS_IS):  # something to quote or refuse: httpx2 does it
            relative = httpx2.URL(url)._uri_reference
            path, query_or_none = relative.path, relative.query
        else:
            query_or_none = query if mark else None
        merged = httpx2.URL.__new__(httpx2.URL)
        merged._uri_reference = reference._replace(
            path=normalize_path((reference.path or "/") + path[1:]), query=query_or_none
        )
        return merged


_PATH_AS_IS = "".join(chr(i) for i in range(0x21, 0x7F) if chr(i) not in '"#<>?`{}')
"""Characters httpx2 leaves unquoted in a path (printable ASCII but space and ``"#<>?`{}``)."""
_QUERY_AS_IS = "".join(chr(i) for i in range(0x21, 0x7F) if chr(i) not in '"#<>')
"""The same for a query string, where ``?`{}`` may stay."""
