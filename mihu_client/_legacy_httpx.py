"""Objects of the old ``httpx`` package handed to a client built on httpx2.

httpx2 has the same API under another name, so an ``httpx.Timeout`` passed where an ``httpx2.Timeout`` is
expected would fail deep inside a call, or be ignored. Plain settings objects (``Timeout``, ``Limits``,
``Proxy``) carry no state and are converted; a transport is code bound to the old package's connection
pool (the one that leaks slots on cancellation) and is refused with an error that says what to pass.
The old package is never imported here: objects are recognised by the module that defines their class.
"""

from __future__ import annotations

from typing import Any

import httpx2

__all__ = ["from_legacy_httpx", "is_legacy_httpx", "reject_legacy_transport"]


def is_legacy_httpx(value: object) -> bool:
    """Whether ``value`` is an instance of a class from the old ``httpx`` package."""
    module = type(value).__module__
    return module == "httpx" or module.startswith("httpx.")


def from_legacy_httpx(value: Any) -> Any:
    """The httpx2 equivalent of an old ``httpx.Timeout``, ``Limits`` or ``Proxy``; anything else unchanged."""
    if not is_legacy_httpx(value):
        return value
    kind = type(value).__name__
    if kind == "Timeout":
        return httpx2.Timeout(connect=value.connect, read=value.read, write=value.write, pool=value.pool)
    if kind == "Limits":
        return httpx2.Limits(
            max_connections=value.max_connections,
            max_keepalive_connections=value.max_keepalive_connections,
            keepalive_expiry=value.keepalive_expiry,
        )
    if kind == "Proxy":
        return httpx2.Proxy(
            str(value.url), auth=value.auth, headers=dict(value.headers.multi_items()), ssl_context=value.ssl_context
        )
    raise TypeError(
        f"httpx.{kind} comes from the old httpx package; mihu-client is built on httpx2 (same API, "
        f"`import httpx2`): pass httpx2.{kind} instead"
    )


def reject_legacy_transport(transport: object) -> None:
    """A clear ``TypeError`` for a transport that is not an ``httpx2.AsyncBaseTransport``."""
    if transport is None or isinstance(transport, httpx2.AsyncBaseTransport):
        return
    name = f"{type(transport).__module__}.{type(transport).__qualname__}"
    if is_legacy_httpx(transport):
        raise TypeError(
            f"transport={name} belongs to the old httpx package, whose transports cannot serve httpx2 "
            "requests; mihu-client is built on httpx2 (same API, `import httpx2`): pass an "
            "httpx2.AsyncBaseTransport such as httpx2.AsyncHTTPTransport(...), or http_backend= for the "
            "wire backends mihu-client ships"
        )
    raise TypeError(f"transport must be an httpx2.AsyncBaseTransport, got {name}")
