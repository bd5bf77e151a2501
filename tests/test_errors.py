"""Typed errors: hierarchy, status mapping, and reading both error body shapes without ever crashing."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

import mihu_client
from mihu_client import (
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
from mihu_client._errors import error_class_for_status, make_status_error, snippet
from tests.conftest import TEST_TOKEN
from tests.servers.fault_server import HTML_502, LARAVEL_422, VENDOR_400


def response(status: int, body: bytes | str | Any = b"", headers: dict[str, str] | None = None) -> httpx2.Response:
    if not isinstance(body, bytes | str):
        body = json.dumps(body)
    request = httpx2.Request(
        "POST", "https://acme.mihu.ai/api/v1/call", headers={"Authorization": f"Bearer {TEST_TOKEN}"}
    )
    return httpx2.Response(status, content=body, headers=headers, request=request)


def test_hierarchy() -> None:
    assert issubclass(APIConnectionError, MihuError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIStatusError, MihuError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(cls, APIStatusError)
    assert issubclass(ResponseValidationError, MihuError)
    assert issubclass(ResponseValidationError, ValueError)
    for name in mihu_client.__all__:
        assert getattr(mihu_client, name) is not None


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (526, InternalServerError),
        (599, InternalServerError),
        (302, APIStatusError),
        (410, APIStatusError),
        (419, APIStatusError),
        (499, APIStatusError),
    ],
)
def test_status_classes(status: int, cls: type[APIStatusError]) -> None:
    assert error_class_for_status(status) is cls
    err = make_status_error(response(status))
    assert type(err) is cls
    assert err.status_code == status
    assert str(status) in str(err)


def test_vendor_body() -> None:
    err = make_status_error(response(400, VENDOR_400, {"x-request-id": "req-42"}))
    assert isinstance(err, BadRequestError)
    assert err.message == "The phone number is not valid."
    assert err.code == "INVALID_PHONE_NUMBER"
    assert err.field == "phone_number"
    assert err.errors is None
    assert err.body == VENDOR_400
    assert err.request_id == "req-42"
    assert "INVALID_PHONE_NUMBER" in str(err) and "req-42" in str(err)


def test_laravel_body() -> None:
    err = make_status_error(response(422, LARAVEL_422))
    assert isinstance(err, UnprocessableEntityError)
    assert err.message == LARAVEL_422["message"]
    assert err.errors == LARAVEL_422["errors"]
    assert err.field == "email"
    assert err.code is None


@pytest.mark.parametrize(
    "body",
    [
        {"success": False, "error": {"code": 1234, "message": "Nested message"}},
        {"error": "Just a string"},
        {"message": None, "errors": {"phone": "one string, not a list"}},
        {"errors": ["a", "list"], "error": ["odd"]},
        ["a", "list"],
        "a JSON string",
        42,
        {},
    ],
)
def test_odd_json_bodies_never_crash(body: Any) -> None:
    err = make_status_error(response(400, body))
    assert isinstance(err, BadRequestError)
    assert err.message
    assert err.body == body


def test_nested_and_string_errors() -> None:
    assert make_status_error(response(400, {"error": {"code": 1234, "message": "Nested"}})).code == "1234"
    assert make_status_error(response(400, {"error": "Just a string"})).message == "Just a string"
    odd = make_status_error(response(422, {"errors": {"phone": "not a list"}}))
    assert odd.errors == {"phone": ["not a list"]}
    assert odd.field == "phone"


def test_html_body_gives_short_snippet() -> None:
    err = make_status_error(response(502, HTML_502, {"content-type": "text/html"}))
    assert isinstance(err, InternalServerError)
    assert err.message.startswith("<html> <head><title>502 Bad Gateway")
    assert len(err.message) <= 200
    assert "\n" not in err.message and "  " not in err.message
    assert err.body == HTML_502.strip()


def test_long_and_invalid_bodies() -> None:
    long = make_status_error(response(500, "x" * 5000))
    assert len(long.message) == 200
    assert long.message.endswith("…")
    broken = make_status_error(response(400, b'{"message": "cut o'))
    assert broken.message == '{"message": "cut o'
    binary = make_status_error(response(400, b"\xff\xfe\x00garbage"))
    assert isinstance(binary, BadRequestError) and binary.message


def test_empty_body_uses_reason_phrase() -> None:
    assert make_status_error(response(404)).message == "Not Found"
    assert make_status_error(response(499)).message == "HTTP 499"


def test_retry_after_in_error() -> None:
    err = make_status_error(response(429, {"message": "Slow down"}), retry_after=120.0)
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 120.0
    assert "retry after 120s" in str(err)


def test_token_never_in_messages() -> None:
    for status, body in ((401, {"message": "Unauthenticated."}), (502, HTML_502), (400, VENDOR_400)):
        err = make_status_error(response(status, body))
        assert TEST_TOKEN not in str(err) and TEST_TOKEN not in repr(err)
    conn = APIConnectionError(
        request=httpx2.Request("GET", "https://acme.mihu.ai", headers={"Authorization": TEST_TOKEN})
    )
    assert TEST_TOKEN not in str(conn) and TEST_TOKEN not in repr(conn)


def test_response_validation_error() -> None:
    err = ResponseValidationError("expected a string, got 12", path="data.items[3].status")
    assert err.message == "expected a string, got 12"
    assert err.path == "data.items[3].status"
    assert str(err) == "expected a string, got 12 (at data.items[3].status)"
    assert str(ResponseValidationError("bad")) == "bad"
    assert (
        str(ResponseValidationError("Item.status: unexpected 'x'", path="Item.status")) == "Item.status: unexpected 'x'"
    )
    with pytest.raises(ValueError):
        raise err


def test_snippet() -> None:
    assert snippet("  a \n\t b  ") == "a b"
    assert len(snippet("y" * 1000)) == 200
