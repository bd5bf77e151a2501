"""What a `MihuMock` remembers: every request it received (`Call`) and every spec violation found in one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MASKED", "Call", "UploadedFile", "Violation", "masked_headers"]

MASKED = "***"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})


@dataclass(frozen=True, slots=True)
class Violation:
    """One way a request broke the spec, as the mock answered it (422, or 401/404/405)."""

    operation_id: str | None
    """None when no operation matched the method and path."""
    method: str
    path: str
    location: str
    """Where the problem is: `route`, `header`, `path`, `query` or `body`."""
    field: str
    """The parameter name, or the dotted body field (`participant.phone_number`, `items.0.name`)."""
    message: str

    def __str__(self) -> str:
        where = f"{self.operation_id} " if self.operation_id else ""
        return f"{where}{self.method} {self.path}: {self.location} {self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part of a multipart request body."""

    filename: str | None
    content_type: str | None
    content: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class Call:
    """One request the mock received, decoded the way the spec describes it.

    `path_params` and `query` hold values converted to the parameter's declared type (an integer
    query parameter is an `int`, a repeated one a list); `body` is the decoded JSON, or a dict of
    fields (files as `UploadedFile`) for a multipart body. Credentials in `headers` are masked.
    """

    operation_id: str | None
    method: str
    path: str
    path_params: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    headers: Mapping[str, str]
    violations: tuple[Violation, ...] = ()

    @property
    def valid(self) -> bool:
        """Whether the request matched an operation and broke none of its rules."""
        return not self.violations


def masked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Lower-cased header names; the value of a credential header reduced to its scheme and `***`."""
    result: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        if key in _SECRET_HEADERS:
            scheme, _, secret = value.partition(" ")
            value = f"{scheme} {MASKED}" if secret and key.endswith("authorization") else MASKED
        result[key] = value
    return result
