"""The httpx2 client under MihuClient, minus per-request work that does not serve the SDK's requests.

httpx2's ``AsyncClient`` is general: auth flows, redirect following, event hooks, mounts, cookie merging and a
re-parse of the base URL on every request. The SDK's own client uses none of them (MihuClient builds it with
no auth, no hooks, no mounts and ``follow_redirects=False``), yet paid for all of them per call: counted on a
GET with 50 tasks in flight, httpx2's ``build_request`` and ``send`` were about 40% of the instructions the
SDK adds to a request (147k of 337k), and under
thousands of tasks in flight every object those layers keep alive across the network wait is one more for
the garbage collector to trace. So this subclass:

- joins a relative path onto the base URL parsed once (``_merge_url``), for what generated operations send;
- builds a request with no body or a JSON body directly, with the headers ``httpx2.Request`` would give it
  (``build_request``); other bodies, per-request cookies and a non-empty cookie jar go through httpx2;
- sends a request straight to the transport when there is nothing to do around it (``send``): no auth, no
  hooks, no mounts, no redirect following, not streamed — otherwise httpx2 sends it.

The results are httpx2's: ``tests/test_http_client.py`` compares every request built here with the one
``httpx2.AsyncClient`` builds, and the send path keeps cookies, ``next_request``, ``elapsed`` and the
request attached to errors.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import re
import time
from http.cookiejar import CookieJar
from typing import Any

import httpx2
from httpx2._client import ClientState, UseClientDefault
from httpx2._content import encode_json
from httpx2._urlparse import ParseResult, normalize_path

from ._httpx2_objects import first_value, headers_from_items, read_request

__all__ = ["SdkHttpClient"]

_logger = logging.getLogger("httpx2")  # the logger httpx2 reports each request to
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "QUERY"})
"""Methods that get ``Content-Length: 0`` without a body (httpx2's rule)."""


class SdkHttpClient(httpx2.AsyncClient):
    """``httpx2.AsyncClient`` that skips the general machinery for the requests the SDK sends."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._joined_base: httpx2.URL | None = None
        self._base_reference: ParseResult | None = None
        self._timeout_of: httpx2.Timeout | None = None
        self._timeout_dict: dict[str, float | None] = {}
        self._netlocs: dict[tuple[str, int | None], bytes] = {}
        self._merged_urls: dict[str, httpx2.URL] = {}
        self._header_presence: dict[tuple[tuple[bytes, bytes, bytes], ...], tuple[bool, bool, bool]] = {}

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
            self._merged_urls.clear()
        merged = self._merged_urls.get(url)
        if merged is None:
            merged = self._join(url)
            if len(self._merged_urls) >= _MERGED_URLS:
                self._merged_urls.clear()
            self._merged_urls[url] = merged
        return merged

    def _join(self, url: str) -> httpx2.URL:
        """``url`` (an absolute path, with or without a query) on the base URL, as httpx2 would join them."""
        reference = self._base_reference
        assert reference is not None
        path, mark, query = url.partition("?")
        if _PATH_AS_IS.fullmatch(path) is None or _QUERY_AS_IS.fullmatch(query) is None:
            relative = httpx2.URL(url)._uri_reference  # something to quote or refuse: httpx2 does it
            path, query_or_none = relative.path, relative.query
        else:
            query_or_none = query if mark else None
        merged = httpx2.URL.__new__(httpx2.URL)
        merged._uri_reference = tuple.__new__(  # ParseResult(...) without its Python-level __new__
            ParseResult,
            (
                reference.scheme,
                reference.userinfo,
                reference.host,
                reference.port,
                normalize_path((reference.path or "/") + path[1:]),
                query_or_none,
                reference.fragment,
            ),
        )
        return merged

    def build_request(  # same parameters; the body ones typed loosely here
        self,
        method: str,
        url: httpx2.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = httpx2.USE_CLIENT_DEFAULT,
        extensions: Any = None,
    ) -> httpx2.Request:
        if (
            content is not None
            or data is not None
            or files is not None
            or cookies
            or extensions is not None
            or timeout is not httpx2.USE_CLIENT_DEFAULT
            or _has_cookies(self._cookies.jar)
            or self._params
        ):
            return super().build_request(
                method,
                url,
                content=content,
                data=data,
                files=files,
                json=json,
                params=params,
                headers=headers,
                cookies=cookies,
                timeout=timeout,
                extensions=extensions,
            )
        merged_url = self._merge_url(url)
        if params is not None:
            merged_url = httpx2.URL(merged_url, params=params)
        merged = self._merge_headers(headers)
        own = merged if isinstance(merged, httpx2.Headers) else httpx2.Headers(merged)
        items = list(own._list)
        has_host, has_length, has_type = self._present(items)
        method = method.upper()
        if json is None:
            body = b""
            if method in _BODY_METHODS and not has_length:
                items.insert(0, (b"Content-Length", b"content-length", b"0"))
        else:  # Request._prepare: the body's headers unless already set
            body = _json_body(json)
            if not has_length:
                items.append((b"Content-Length", b"content-length", str(len(body)).encode("ascii")))
            if not has_type:
                items.append((b"Content-Type", b"content-type", b"application/json"))
        if not has_host and merged_url._uri_reference.host:
            items.insert(0, (b"Host", b"host", self._netloc(merged_url)))
        # Encoding left to work out on first use, as on httpx2's own requests: headers set later (extra_headers)
        # are encoded with it, and UTF-8 values must still be accepted then.
        request_headers = headers_from_items(items)
        return read_request(method, merged_url, request_headers, body, {"timeout": self._timeout_extension()})

    def _present(self, items: list[tuple[bytes, bytes, bytes]]) -> tuple[bool, bool, bool]:
        """Whether ``items`` hold Host, a length (Content-Length or Transfer-Encoding) and Content-Type.

        Kept per distinct header set: most requests carry the client's headers unchanged, and hashing them
        (in C) costs a third of looking through them in Python.
        """
        key = tuple(items)
        found = self._header_presence.get(key)
        if found is None:
            names = {lower for _, lower, _ in items}
            found = (b"host" in names, not names.isdisjoint(_LENGTH_HEADERS), b"content-type" in names)
            if len(self._header_presence) >= 64:
                self._header_presence.clear()
            self._header_presence[key] = found
        return found

    def _netloc(self, url: httpx2.URL) -> bytes:
        """``url.netloc`` (the Host header), kept per host and port: httpx2 rebuilds it on every access."""
        parts = url._uri_reference
        key = (parts.host, parts.port)
        netloc = self._netlocs.get(key)
        if netloc is None:
            netloc = url.netloc
            if len(self._netlocs) < 64:
                self._netlocs[key] = netloc
        return netloc

    def _timeout_extension(self) -> dict[str, float | None]:
        """``timeout.as_dict()`` for the client's timeout, computed once per timeout object (it is settable)."""
        timeout = self.timeout
        if timeout is not self._timeout_of:
            self._timeout_of, self._timeout_dict = timeout, timeout.as_dict()
        return dict(self._timeout_dict)

    async def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        if (
            stream
            or auth is not _CLIENT_DEFAULT
            or self._auth is not None
            or (self.follow_redirects if follow_redirects is _CLIENT_DEFAULT else follow_redirects)
            or self._mounts
            or self._event_hooks["request"]
            or self._event_hooks["response"]
            or self._state is _CLOSED
            or "timeout" not in request.extensions
            or request.url._uri_reference.userinfo
            or not isinstance(request.stream, httpx2.AsyncByteStream)
        ):
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        self._state = _OPENED
        start = _clock()
        try:
            response = await self._transport.handle_async_request(request)
        except httpx2.RequestError as exc:  # as httpx2's request_context does
            exc.request = request
            raise
        response._request = request  # what the ``request`` setter does
        response.default_encoding = self._default_encoding
        try:
            if response.is_closed:  # read and closed by the transport (RetryTransport always does)
                response._elapsed = _timedelta(0, _clock() - start)
            else:
                response.stream = _timed(response.stream, start)
                await response.aread()
            if first_value(response.headers, b"set-cookie") is not None:
                self.cookies.extract_cookies(response)
            if 300 <= response.status_code < 400 and response.has_redirect_location:
                with contextlib.suppress(httpx2.RemoteProtocolError):  # as httpx2 does without following
                    response.next_request = self._build_redirect_request(request, response)
        except BaseException:
            await response.aclose()
            raise
        if _logger.isEnabledFor(logging.INFO):
            _logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        return response


def _has_cookies(jar: CookieJar) -> bool:
    """Whether the jar holds any cookie; ``len(jar)`` would walk all of them."""
    return bool(jar._cookies)  # type: ignore[attr-defined]  # every CookieJar keeps them there


def _json_body(value: Any) -> bytes:
    """The body httpx2 sends for ``json=value``."""
    stream = encode_json(value)[1]
    return b"".join(stream)


def _timed(stream: Any, start: float) -> httpx2.AsyncByteStream:
    from httpx2._client import BoundAsyncStream

    return BoundAsyncStream(stream, start=start)


_MERGED_URLS = 512
"""Joined URLs kept per client, by path text. ``httpx2.URL`` is immutable, so requests for the same path (a
status polled, a list paged with the same filters) share one; yarl keeps parsed URLs the same way for aiohttp."""
_CLIENT_DEFAULT = httpx2.USE_CLIENT_DEFAULT
_OPENED, _CLOSED = ClientState.OPENED, ClientState.CLOSED
_clock = time.perf_counter
_timedelta = datetime.timedelta
"""Module-level names for what ``send`` looks up on every request."""
_LENGTH_HEADERS = frozenset({b"content-length", b"transfer-encoding"})
_PATH_CHARACTERS = "".join(chr(i) for i in range(0x21, 0x7F) if chr(i) not in '"#<>?`{}')
"""Characters httpx2 leaves unquoted in a path (printable ASCII but space and ``"#<>?`{}``)."""
_QUERY_CHARACTERS = "".join(chr(i) for i in range(0x21, 0x7F) if chr(i) not in '"#<>')
"""The same for a query string, where ``?`{}`` may stay."""
_PATH_AS_IS = re.compile(f"[{re.escape(_PATH_CHARACTERS)}]*")
_QUERY_AS_IS = re.compile(f"[{re.escape(_QUERY_CHARACTERS)}]*")
