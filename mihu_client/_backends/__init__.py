"""Wire backends: the transport that moves bytes under ``RetryTransport``.

Everything a caller sees (namespaces, options, retries, typed errors, ``RawResponse``, httpx2 types) sits above
the wire transport, so choosing a backend changes only how requests reach the socket:

- ``"httpx2"`` (default): ``httpx2.AsyncHTTPTransport`` on our FIFO connection pool (``httpx2_pool``).
- ``"aiohttp"``: ``AiohttpTransport`` over one ``aiohttp.ClientSession``, for peak throughput
  (``pip install "mihu-client[aiohttp]"``).
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Final, Literal, get_args

import httpx2

__all__ = ["DEFAULT_HTTP_BACKEND", "HTTP_BACKENDS", "HttpBackend", "check_http_backend", "wire_transport_factory"]

HttpBackend = Literal["httpx2", "aiohttp"]
HTTP_BACKENDS: Final[tuple[str, ...]] = get_args(HttpBackend)
DEFAULT_HTTP_BACKEND: Final = "httpx2"

AIOHTTP_MISSING = (
    'http_backend="aiohttp" needs the aiohttp package, which is an optional extra: pip install "mihu-client[aiohttp]"'
)


def check_http_backend(backend: object) -> HttpBackend:
    """The backend name, or a ``ValueError`` listing the valid ones."""
    if backend == "httpx2":
        return "httpx2"
    if backend == "aiohttp":
        return "aiohttp"
    raise ValueError(f"http_backend must be one of {', '.join(map(repr, HTTP_BACKENDS))}; got {backend!r}")


def wire_transport_factory(
    backend: HttpBackend,
    *,
    verify: ssl.SSLContext | str | bool,
    limits: httpx2.Limits,
    proxy: str | httpx2.Proxy | None,
) -> Callable[[], httpx2.AsyncBaseTransport]:
    """A factory for the pool, checked now (unknown backend, aiohttp missing, unsupported proxy) but built later.

    The pool itself is built on the first request: SSL contexts are not free, and an aiohttp session must be
    created inside the running event loop.
    """
    if backend == "httpx2":

        def httpx2_wire() -> httpx2.AsyncBaseTransport:
            from .httpx2_pool import Httpx2Transport  # with httpcore2, on the first request: a lighter import

            return Httpx2Transport(verify=verify, limits=limits, proxy=proxy)

        return httpx2_wire
    try:
        from .aiohttp_transport import AiohttpTransport, check_proxy
    except ImportError as exc:
        if exc.name not in ("aiohttp", "yarl", "multidict"):
            raise
        raise ImportError(AIOHTTP_MISSING, name="aiohttp") from exc
    check_proxy(proxy)
    return lambda: AiohttpTransport(verify=verify, limits=limits, proxy=proxy)
