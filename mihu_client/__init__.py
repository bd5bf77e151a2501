"""Async Python SDK for the Mihu (Mindhunters) platform API.

``import mihu_client`` stays cheap: the errors are loaded eagerly (generated code imports them), the
client and everything that pulls in httpx2 or generated code is loaded on first attribute access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MihuError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._client import MihuClient
    from ._drift import DriftEntry, DriftKind, DriftReport
    from ._pagination import Page, PageInfo, Paginator
    from ._resource import RequestOptions
    from ._response import RateLimit, RawResponse
    from ._retry import RetryPolicy
    from ._unset import UNSET, Unset, unwrap

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DriftEntry",
    "DriftKind",
    "DriftReport",
    "InternalServerError",
    "MihuClient",
    "MihuError",
    "NotFoundError",
    "Page",
    "PageInfo",
    "Paginator",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "RetryPolicy",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "unwrap",
]

_LAZY: dict[str, str] = {
    "MihuClient": "._client",
    "DriftEntry": "._drift",
    "DriftKind": "._drift",
    "DriftReport": "._drift",
    "Page": "._pagination",
    "PageInfo": "._pagination",
    "Paginator": "._pagination",
    "RateLimit": "._response",
    "RawResponse": "._response",
    "RequestOptions": "._resource",
    "RetryPolicy": "._retry",
    "UNSET": "._unset",
    "Unset": "._unset",
    "unwrap": "._unset",
}
"""Public name -> module that defines it, imported on first access."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
