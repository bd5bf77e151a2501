"""A testing kit for code that uses mihu-client: the Mihu API faked in-process, checked against its spec.

Install with ``pip install "mihu-client[testing]"``. ``MihuMock`` serves every operation of the snapshot
this SDK was generated from, rejects requests that break the spec as the API does (422, Laravel's error
body), answers valid ones with spec-valid bodies and records every call; routes change what one
operation answers. With pytest the ``mihu_mock`` and ``mihu`` fixtures are there without any setup.

Importing this package is cheap; the validation library loads with the first ``MihuMock``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mock import MihuMock
    from ._records import Call, UploadedFile, Violation
    from ._responses import MockResponseError
    from ._routes import Responder, Route

__all__ = ["Call", "MihuMock", "MockResponseError", "Responder", "Route", "UploadedFile", "Violation"]

_LAZY: dict[str, str] = {
    "Call": "._records",
    "MihuMock": "._mock",
    "MockResponseError": "._responses",
    "Responder": "._routes",
    "Route": "._routes",
    "UploadedFile": "._records",
    "Violation": "._records",
}


_EXTRA_MODULES = frozenset({"jsonschema", "openapi_schema_validator"})
"""Top-level modules of the `testing` extra's dependencies."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in _EXTRA_MODULES:
            raise ImportError(
                f'mihu_client.testing needs its extra: pip install "mihu-client[testing]" ({exc})'
            ) from exc
        raise
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
