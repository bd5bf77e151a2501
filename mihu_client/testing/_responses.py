"""Turning what a test gives (a dict, a model, an `httpx2.Response`, an exception) into the mock's answer."""

from __future__ import annotations

import datetime
import enum
import json
import uuid
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx2

from ._records import Violation
from ._spec import Operation
from ._validation import SchemaChecker

__all__ = ["MockResponseError", "error_body", "json_response", "jsonable", "laravel_errors", "response_problems"]


class MockResponseError(ValueError):
    """A response given to the mock breaks the spec's schema for that operation and status.

    Raised when the response is configured (a static body) or when a responder returns it, so a fake
    that the real API could never send fails the test instead of passing it. Pass `validate=False` to
    serve it anyway (to test how code copes with a server ahead of its spec).
    """


def jsonable(value: Any) -> Any:
    """Models (anything with `to_dict()`), UUIDs, enums and dates as the JSON the API would send."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return jsonable(value.to_dict())
    if isinstance(value, Mapping):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return value


def response_problems(checker: SchemaChecker, operation: Operation, status: int, body: Any) -> list[str]:
    """Why `body` is not a valid `status` response of `operation` (empty when valid or undeclared)."""
    schema = operation.response_schema(status)
    if schema is None:
        return []
    return [
        f"{error.field}: {error.message}" for error in checker.errors(body, schema, mode="response", location="body")
    ]


def check_response(checker: SchemaChecker, operation: Operation, status: int, body: Any) -> None:
    problems = response_problems(checker, operation, status, body)
    if problems:
        raise MockResponseError(
            f"{operation.operation_id}: this {status} body breaks the spec ({'; '.join(problems[:5])}); "
            "pass validate=False to serve it anyway"
        )


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx2.Response:
    """A response with a JSON body (or none at all when `body` is bytes and empty)."""
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    merged = {"content-type": "application/json"} if content else {}
    merged.update({key.lower(): value for key, value in (headers or {}).items()})
    return httpx2.Response(status, headers=merged, content=content)


def error_body(status: int) -> dict[str, str]:
    """The body Laravel sends with an error status: `{"message": <reason phrase>}`."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = f"HTTP {status}"
    return {"message": phrase}


def laravel_errors(violations: list[Violation]) -> dict[str, Any]:
    """The 422 body the API answers invalid input with: `{message, errors: {field: [messages]}}`."""
    errors: dict[str, list[str]] = {}
    for violation in violations:
        errors.setdefault(violation.field, []).append(violation.message)
    first = violations[0].message
    others = len(violations) - 1
    message = first if not others else f"{first} (and {others} more error{'s' if others > 1 else ''})"
    return {"message": message, "errors": errors}
