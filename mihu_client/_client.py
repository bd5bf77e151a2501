"""MihuClient: where to connect, with which credentials, and the httpx2 client every generated call uses.

Generated operation functions take ``client=`` and only call ``get_async_httpx_client()`` and read
``strict`` (the ``ApiClient`` protocol), so everything about connections, retries and errors is decided
here and in ``RetryTransport``. ``with_options`` copies share one connection pool; each copy has its own
lightweight ``httpx2.AsyncClient`` (headers, timeout) and ``RetryTransport`` (retry settings), which is how
per-call options reach every generated call without the generated code knowing about them.
"""

from __future__ import annotations

import ipaddress
import os
import re
import ssl
from collections.abc import Callable, Coroutine, Mapping
from types import TracebackType
from typing import Any, Self

import httpx2

from . import __version__
from ._backends import DEFAULT_HTTP_BACKEND, HttpBackend, check_http_backend, wire_transport_factory
from ._direct import DirectCalls
from ._drift import DriftReport
from ._extras import NO_EXTRAS, ExtrasClient, RequestExtras
from ._generated.api import Namespaces
from ._http_client import SdkHttpClient
from ._legacy_httpx import from_legacy_httpx, reject_legacy_transport
from ._options import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven, coerce_timeout
from ._retry import RetryPolicy
from ._transport import RetryTransport

__all__ = ["DEFAULT_DOMAIN", "MihuClient"]

DEFAULT_DOMAIN = "mihu.ai"
USER_AGENT = f"mihu-client/{__version__} python-httpx2/{httpx2.__version__}"

ENV_TOKEN = "MIHU_API_TOKEN"
ENV_TENANT = "MIHU_TENANT"
ENV_BASE_URL = "MIHU_BASE_URL"

API_PREFIX = "/api/v1"
"""The prefix of every operation path in the spec; a base URL must not repeat it."""

_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE)


class MihuClient(Namespaces, DirectCalls):
    """Async client for one Mihu tenant; pass it as ``client=`` to any operation, or use its namespaces.

    The API lives at ``https://{subdomain}.{domain}``; ``base_url`` overrides both (proxies, tests).
    Missing arguments fall back to ``MIHU_API_TOKEN``, ``MIHU_TENANT`` and ``MIHU_BASE_URL``. Use it as
    ``async with MihuClient("acme") as mihu:`` or call ``await mihu.aclose()`` to release connections.

    ``timeout`` is seconds or an ``httpx2.Timeout`` (``None``: no limit). ``max_retries=0`` disables retries;
    ``retry_unsafe=True`` lets POST/PATCH be retried like idempotent methods — only for operations known
    to be safe to repeat. ``http_backend`` picks the wire: ``"httpx2"`` (the pooled
    ``httpx2.AsyncHTTPTransport``) or ``"aiohttp"`` (higher throughput; ``pip install "mihu-client[aiohttp]"``);
    everything above the wire, errors and retries included, is the same. ``transport`` replaces the wire with
    your own (retries and typed errors still wrap it; ``limits``, ``proxy`` and ``verify`` then do not apply).
    Proxy settings from the environment are not read: they would bypass the retry transport, so pass
    ``proxy=`` explicitly.

    Beyond the spec: ``request``/``get``/``post``/… call paths it lacks, ``with_options(extra_query=…,
    extra_body=…, extra_headers=…)`` sends what it does not list, and ``drift`` reports where responses
    deviated from it.
    """

    def __init__(
        self,
        subdomain: str | None = None,
        *,
        token: str | None = None,
        domain: str = DEFAULT_DOMAIN,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool = False,
        retry_unsafe: bool = False,
        retry_policy: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        proxy: str | httpx2.Proxy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        transport: httpx2.AsyncBaseTransport | None = None,
        http_backend: HttpBackend = DEFAULT_HTTP_BACKEND,
    ) -> None:
        backend = check_http_backend(http_backend)
        if transport is not None and backend != DEFAULT_HTTP_BACKEND:
            raise ValueError("Pass either transport= or http_backend=, not both: a transport is the wire itself.")
        resolved_url = _resolve_base_url(subdomain, domain, base_url, allow_insecure_http)
        reject_legacy_transport(transport)
        limits, proxy = from_legacy_httpx(limits), from_legacy_httpx(proxy)
        if token is None:
            env_token = os.environ.get(ENV_TOKEN) or None
            token = _check_token(env_token, f"token from {ENV_TOKEN}") if env_token is not None else None
        else:
            token = _check_token(token)
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise TypeError(
                f"retry_policy must be a mihu_client.RetryPolicy (or None for the default), "
                f"got {type(retry_policy).__name__} {retry_policy!r:.40}"
            )

        default_headers = httpx2.Headers({"Accept": "application/json", "User-Agent": USER_AGENT})
        if token is not None:
            default_headers["Authorization"] = f"Bearer {token}"
        default_headers.update(headers or {})  # case-insensitive: {"accept": ...} replaces our Accept

        if transport is None:
            make_pool = wire_transport_factory(backend, verify=verify, limits=limits, proxy=proxy)
        else:
            given = transport

            def make_pool() -> httpx2.AsyncBaseTransport:
                return given

        self._set_state(
            base_url=resolved_url,
            has_token=token is not None,
            headers=default_headers,
            timeout=coerce_timeout(timeout),
            max_retries=_check_retries(max_retries),
            strict=strict,
            retry_unsafe=retry_unsafe,
            retry_policy=retry_policy or RetryPolicy(),
            pool=_SharedPool(make_pool),
            owns_pool=True,
            drift=DriftReport(),
            extras=NO_EXTRAS,
        )

    def _set_state(
        self,
        *,
        base_url: str,
        has_token: bool,
        headers: httpx2.Headers,
        timeout: httpx2.Timeout,
        max_retries: int,
        strict: bool,
        retry_unsafe: bool,
        retry_policy: RetryPolicy,
        pool: _SharedPool,
        owns_pool: bool,
        drift: DriftReport,
        extras: RequestExtras,
    ) -> None:
        """All instance state in one place, so ``with_options`` builds copies without re-validating."""
        self._base_url = base_url
        self._has_token = has_token
        self._headers = headers
        self._timeout = timeout
        self._max_retries = max_retries
        self._strict = strict
        self._retry_unsafe = retry_unsafe
        self._retry_policy = retry_policy
        self._pool = pool
        self._owns_pool = owns_pool
        self.drift = drift
        """Where responses deviated from the spec (shared with `with_options` copies); see `DriftReport`."""
        self._extras = extras
        self._http: httpx2.AsyncClient | None = None
        self._closed = False

    # --- the ApiClient protocol used by generated operations -------------------------------------------

    @property
    def strict(self) -> bool:
        """Whether generated parsing raises ``ResponseValidationError`` on schema drift."""
        return self._strict

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The httpx2 client (built on first use) whose transport retries and raises typed errors."""
        http = self._http
        if http is None:
            if self._closed:
                raise RuntimeError("This MihuClient has been closed.")
            extras = self._extras
            client_class: Any = ExtrasClient if extras else SdkHttpClient
            http = client_class(
                **({"extras": extras} if extras else {}),
                base_url=self._base_url,
                headers=self._headers,
                timeout=self._timeout,
                transport=RetryTransport(
                    self._pool,
                    max_retries=self._max_retries,
                    policy=self._retry_policy,
                    retry_unsafe=self._retry_unsafe,
                    close_transport=self._owns_pool,
                ),
                follow_redirects=False,
                trust_env=False,  # env proxies would mount transports that bypass RetryTransport
            )
            self._http = http
        return http

    # --- configuration ------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """Scheme and host (and path prefix, if any) every API path is appended to, without trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> httpx2.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def retry_unsafe(self) -> bool:
        return self._retry_unsafe

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
        retry_unsafe: bool | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with some settings changed that shares this client's connection pool.

        Cheap enough to call per request. Arguments left out (or ``None``) keep the current value, except
        ``timeout=None``, which means no time limit, as in the constructor. ``headers`` are merged over the
        current ones. Closing the copy leaves the pool open; closing the original closes it for every copy.

        ``extra_query``, ``extra_body`` and ``extra_headers`` send what the spec does not list: they are
        merged into every request the copy makes, over the operation's own parameters, body fields and
        headers (see ``mihu_client._extras``), and over the extras of the client copied.
        """
        clone = type(self).__new__(type(self))
        clone._set_state(
            base_url=self._base_url,
            has_token=self._has_token,
            headers=_merge_headers(self._headers, headers),
            timeout=self._timeout if isinstance(timeout, NotGiven) else coerce_timeout(timeout),
            max_retries=self._max_retries if max_retries is None else _check_retries(max_retries),
            strict=self._strict if strict is None else strict,
            retry_unsafe=self._retry_unsafe if retry_unsafe is None else retry_unsafe,
            retry_policy=self._retry_policy,
            pool=self._pool,
            owns_pool=False,
            drift=self.drift,
            extras=(
                self._extras
                if extra_query is None and extra_body is None and extra_headers is None
                else self._extras.merged(extra_query, extra_body, extra_headers)
            ),
        )
        return clone

    # --- lifecycle ---------------------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close this client; the shared connection pool too unless this is a ``with_options`` copy."""
        self._closed = True
        if self._http is not None:
            await self._http.aclose()  # its RetryTransport closes the pool only when we own it
        elif self._owns_pool:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        token = "'***'" if self._has_token else "None"
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, token={token}, "
            f"max_retries={self._max_retries}, strict={self._strict})"
        )


class _SharedPool(httpx2.AsyncBaseTransport):
    """The connection pool shared by a client and its ``with_options`` copies.

    Built on the first request (creating an SSL context is not free) and refusing requests once closed, so
    a copy that outlives its original fails loudly instead of opening connections nobody will close.
    """

    def __init__(self, factory: Callable[[], httpx2.AsyncBaseTransport]) -> None:
        self._factory = factory
        self._transport: httpx2.AsyncBaseTransport | None = None
        self.closed = False

    def handle_async_request(self, request: httpx2.Request) -> Coroutine[Any, Any, httpx2.Response]:
        # A plain function handing over the pool's own coroutine: one frame less per request in flight.
        if self.closed:
            raise RuntimeError("Cannot send a request: the MihuClient that owns the connection pool was closed.")
        transport = self._transport
        if transport is None:
            transport = self._transport = self._factory()
        return transport.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        transport, self._transport = self._transport, None
        if transport is not None:
            await transport.aclose()


def _resolve_base_url(subdomain: str | None, domain: str, base_url: str | None, allow_insecure_http: bool) -> str:
    """Explicit arguments first, then ``MIHU_BASE_URL``, then ``MIHU_TENANT``; never a default tenant."""
    if base_url is not None:
        return _check_base_url(base_url, allow_insecure_http)
    subdomain_source = "subdomain"
    if subdomain is None:
        env_url = os.environ.get(ENV_BASE_URL)
        if env_url:
            return _check_base_url(env_url, allow_insecure_http, f"base_url from {ENV_BASE_URL}")
        subdomain = os.environ.get(ENV_TENANT) or None
        subdomain_source = f"subdomain from {ENV_TENANT}"
    if subdomain is None:
        raise ValueError(
            "No Mihu tenant given: pass the subdomain (MihuClient('acme') for https://acme.mihu.ai), "
            f"base_url=..., or set {ENV_TENANT} or {ENV_BASE_URL}."
        )
    _check_label(subdomain, subdomain_source)
    if not isinstance(domain, str) or not domain:
        raise ValueError("domain must be a host name such as 'mihu.ai'")
    for label in domain.split("."):
        _check_label(label, "each label of domain")
    return f"https://{subdomain.lower()}.{domain.lower()}"


def _check_label(value: object, what: str) -> None:
    if not isinstance(value, str) or not _DNS_LABEL.fullmatch(value):
        raise ValueError(f"{what} must be one DNS label (letters, digits and inner hyphens), got {value!r}")


def _check_base_url(url: str, allow_insecure_http: bool, what: str = "base_url") -> str:
    """An absolute http(s) URL without credentials; plain http only for loopback unless allowed.

    `what` names where the value came from (the argument or the environment variable) in errors.
    """
    try:
        parsed = httpx2.URL(url)
    except (httpx2.InvalidURL, TypeError) as exc:
        raise ValueError(f"{what} is not a valid URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"{what} must be an absolute http(s) URL such as 'https://acme.mihu.ai'")
    if parsed.userinfo:
        raise ValueError(f"{what} must not contain credentials; pass token= instead")
    if parsed.query or parsed.fragment:
        raise ValueError(f"{what} must not contain a query string or fragment")
    if parsed.scheme == "http" and not allow_insecure_http and not _is_loopback(parsed.host):
        raise ValueError(
            f"{what} uses plain http for a non-loopback host, which would send the token unencrypted; "
            "use https or pass allow_insecure_http=True"
        )
    resolved = str(parsed).rstrip("/")
    if resolved.lower().endswith(API_PREFIX):
        raise ValueError(
            f"{what} must not end in {API_PREFIX}: every operation path already starts with it, so requests "
            f"would go to {API_PREFIX}{API_PREFIX}/...; use {resolved[: -len(API_PREFIX)]!r}"
        )
    return resolved


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_token(token: str, what: str = "token") -> str:
    """Trim, drop a pasted ``Bearer`` prefix, and refuse characters that cannot go into a header.

    Error messages never quote the token; `what` says where it came from.
    """
    if not isinstance(token, str):
        raise TypeError(f"{what} must be a string")
    token = token.strip()
    if token[:7].lower() == "bearer ":
        token = token[7:].strip()
    if not token:
        raise ValueError(f"{what} must not be empty")
    if any(not "\x21" <= char <= "\x7e" for char in token):
        raise ValueError(f"{what} contains characters that cannot be sent in an HTTP header")
    return token


def _merge_headers(base: httpx2.Headers, extra: Mapping[str, str] | None) -> httpx2.Headers:
    if not extra:
        return base  # never mutated after construction, so sharing is safe
    merged = httpx2.Headers(base)
    merged.update(extra)
    return merged


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries
