"""MihuMock catches each kind of invalid request and answers it as the API does.

Each test picks, from the spec, an operation that has the feature it breaks (a uuid path parameter, an
integer or enum query parameter, a required body field, a multipart file, ...), sends a request that is
valid except for that one thing through the client's own httpx2 client (so retries and typed errors
apply), and expects the typed error naming the field, with the violation recorded.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2
import pytest

from mihu_client import (
    APIStatusError,
    AuthenticationError,
    MihuClient,
    NotFoundError,
    UnprocessableEntityError,
)
from mihu_client.testing import MihuMock
from mihu_client.testing._spec import json_media
from tests.spec_samples import SampleBuilder, load_spec, operations

SPEC = load_spec()
BUILDER = SampleBuilder(SPEC)
SAMPLE_OPERATIONS = {op.operation_id: op for op in operations(SPEC)}


@pytest.fixture
def mock() -> MihuMock:
    return MihuMock()


@pytest.fixture
async def http(mock: MihuMock) -> AsyncIterator[httpx2.AsyncClient]:
    async with mock.client() as client:
        yield client.get_async_httpx_client()


@dataclass
class Request:
    """A valid request for one operation, built from the spec, to be broken in one place."""

    operation_id: str
    method: str
    path_template: str
    path_params: dict[str, Any]
    query: dict[str, Any]
    json_body: Any = None
    form: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def path(self) -> str:
        path = self.path_template
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", str(value))
        return path

    async def send(self, http: httpx2.AsyncClient) -> httpx2.Response:
        kwargs: dict[str, Any] = {"params": {k: _text(v) for k, v in self.query.items()}, "headers": self.headers}
        if self.form is not None:
            kwargs["files"] = {
                k: (f"{k}.bin", v, "application/octet-stream") if isinstance(v, bytes) else (None, _text(v))
                for k, v in self.form.items()
            }
        elif self.json_body is not None:
            kwargs["json"] = self.json_body
        return await http.request(self.method, self.path, **kwargs)


def _text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def valid_request(mock: MihuMock, operation_id: str) -> Request:
    sample = SAMPLE_OPERATIONS[operation_id]
    served = mock.spec.by_id[operation_id]
    request = Request(operation_id, served.method, served.path, {}, {})
    for parameter in sample.parameters:
        value = BUILDER.parameter_value(parameter, operation_id)
        if parameter["in"] == "path":
            request.path_params[parameter["name"]] = value
        elif parameter["in"] == "query":
            request.query[parameter["name"]] = value
    body = BUILDER.request_body(sample)
    if body is not None:
        content_type, value = body
        if "json" in content_type:
            request.json_body = value
        else:
            request.form = dict(value)
    return request


def find(mock: MihuMock, predicate: Callable[[Any, dict[str, Any]], Any]) -> tuple[str, Any]:
    """The first (operationId, found thing) where `predicate(operation, parameter-or-body-schema)` is truthy."""
    for operation in mock.operations:
        for parameter in operation.parameters:
            schema = mock.spec.resolve(parameter.get("schema") or {})
            hit = predicate(operation, {**parameter, "schema": schema})
            if hit:
                return operation.operation_id, hit
    pytest.skip("no operation of the spec has this feature")


def find_body_property(mock: MihuMock, media_kind: str, predicate: Callable[[dict[str, Any]], bool]) -> tuple[str, str]:
    """(operationId, property name) of a body property of a `media_kind` body that satisfies `predicate`."""
    for operation in mock.operations:
        content = (operation.request_body or {}).get("content") or {}
        media = json_media(operation.request_body) if media_kind == "json" else content.get(media_kind)
        if not media or len(content) != 1:
            continue
        schema = mock.spec.resolve(media.get("schema") or {})
        for name, prop in (schema.get("properties") or {}).items():
            if predicate(mock.spec.resolve(prop) | {"__required__": name in schema.get("required", [])}):
                return operation.operation_id, name
    pytest.skip(f"no {media_kind} body of the spec has such a property")


async def expect_422(mock: MihuMock, http: httpx2.AsyncClient, request: Request, field: str, location: str) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        await request.send(http)
    assert caught.value.errors is not None and field in caught.value.errors, caught.value.errors
    assert caught.value.field == field or field in caught.value.errors
    assert (location, field) in [(v.location, v.field) for v in mock.violations]
    assert all(v.operation_id == request.operation_id for v in mock.violations)
    assert len(mock.calls) == 1, "a 422 is not retried"


async def test_a_valid_request_is_not_a_violation(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, _ = find(mock, lambda op, p: p["in"] == "path" and p["schema"].get("format") == "uuid")
    response = await valid_request(mock, operation_id).send(http)
    assert response.status_code < 300 and mock.violations == []


async def test_unknown_path_is_404_and_recorded(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    with pytest.raises(NotFoundError):
        await http.get("/api/v1/no-such-thing")
    assert [v.location for v in mock.violations] == ["route"]
    assert mock.calls[0].operation_id is None


async def test_method_the_path_does_not_have_is_405(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    methods_by_path: dict[str, set[str]] = {}
    for operation in mock.operations:
        methods_by_path.setdefault(operation.path, set()).add(operation.method)
    path = next(p for p, m in methods_by_path.items() if "{" not in p and "DELETE" not in m)
    with pytest.raises(APIStatusError) as caught:
        await http.delete(path)
    assert caught.value.status_code == 405
    assert mock.violations[0].location == "route"


async def test_malformed_uuid_in_the_path(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(
        mock, lambda op, p: p["in"] == "path" and p["schema"].get("format") == "uuid" and p["name"]
    )
    request = valid_request(mock, operation_id)
    request.path_params[name] = "not-a-uuid"
    await expect_422(mock, http, request, name, "path")


async def test_path_value_outside_its_enum(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(mock, lambda op, p: p["in"] == "path" and p["schema"].get("enum") and p["name"])
    request = valid_request(mock, operation_id)
    request.path_params[name] = "no-such-value"
    await expect_422(mock, http, request, name, "path")


async def test_non_integer_query_parameter(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(
        mock, lambda op, p: p["in"] == "query" and p["schema"].get("type") == "integer" and p["name"]
    )
    request = valid_request(mock, operation_id)
    request.query[name] = "abc"
    await expect_422(mock, http, request, name, "query")


async def test_query_value_outside_its_enum(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(mock, lambda op, p: p["in"] == "query" and p["schema"].get("enum") and p["name"])
    request = valid_request(mock, operation_id)
    request.query[name] = "no-such-value"
    await expect_422(mock, http, request, name, "query")


async def test_query_boolean_that_is_not_one(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(
        mock, lambda op, p: p["in"] == "query" and p["schema"].get("type") == "boolean" and p["name"]
    )
    request = valid_request(mock, operation_id)
    request.query[name] = "maybe"
    await expect_422(mock, http, request, name, "query")


async def test_query_date_time_in_the_wrong_format(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(
        mock, lambda op, p: p["in"] == "query" and p["schema"].get("format") == "date-time" and p["name"]
    )
    request = valid_request(mock, operation_id)
    request.query[name] = "yesterday"
    await expect_422(mock, http, request, name, "query")


async def test_missing_required_query_parameter(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find(mock, lambda op, p: p["in"] == "query" and p.get("required") and p["name"])
    request = valid_request(mock, operation_id)
    del request.query[name]
    await expect_422(mock, http, request, name, "query")


async def test_json_body_without_a_required_field(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find_body_property(mock, "json", lambda p: p["__required__"])
    request = valid_request(mock, operation_id)
    request.json_body.pop(name, None)
    await expect_422(mock, http, request, name, "body")


async def test_json_body_field_of_the_wrong_type(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find_body_property(mock, "json", lambda p: p.get("type") in ("integer", "boolean"))
    request = valid_request(mock, operation_id)
    request.json_body[name] = "not-a-number-or-boolean"
    await expect_422(mock, http, request, name, "body")


async def test_json_body_field_in_the_wrong_format(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find_body_property(
        mock, "json", lambda p: p.get("type") == "string" and p.get("format") in ("email", "uuid", "date-time")
    )
    request = valid_request(mock, operation_id)
    request.json_body[name] = "definitely not valid"
    await expect_422(mock, http, request, name, "body")


async def test_json_body_value_outside_its_enum(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find_body_property(mock, "json", lambda p: bool(p.get("enum")))
    request = valid_request(mock, operation_id)
    request.json_body[name] = "no-such-value"
    await expect_422(mock, http, request, name, "body")


async def test_body_that_is_not_json(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, _ = find_body_property(mock, "json", lambda p: True)
    served = mock.spec.by_id[operation_id]
    request = valid_request(mock, operation_id)
    with pytest.raises(UnprocessableEntityError) as caught:
        await http.request(
            served.method, request.path, content=b"{not json", headers={"content-type": "application/json"}
        )
    assert caught.value.field == "body"


async def test_body_of_a_content_type_the_operation_does_not_take(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, _ = find_body_property(mock, "json", lambda p: True)
    request = valid_request(mock, operation_id)
    with pytest.raises(UnprocessableEntityError) as caught:
        await http.request(request.method, request.path, content=b"a=1", headers={"content-type": "text/plain"})
    assert caught.value.field == "body"
    assert "text/plain" in caught.value.errors["body"][0]  # type: ignore[index]


async def test_multipart_body_without_its_required_file(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find_body_property(
        mock, "multipart/form-data", lambda p: p["__required__"] and p.get("format") == "binary"
    )
    request = valid_request(mock, operation_id)
    assert request.form is not None
    request.form.pop(name)
    request.form.setdefault("placeholder", "x")  # still a multipart body
    await expect_422(mock, http, request, name, "body")


async def test_multipart_field_outside_its_enum(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    operation_id, name = find_body_property(mock, "multipart/form-data", lambda p: bool(p.get("enum")))
    request = valid_request(mock, operation_id)
    assert request.form is not None
    request.form[name] = "no-such-value"
    await expect_422(mock, http, request, name, "body")


async def test_missing_token_is_401(mock: MihuMock) -> None:
    operation = next(op for op in mock.operations if op.needs_token and op.method == "GET" and "{" not in op.path)
    async with MihuClient(base_url=mock.base_url, transport=mock) as anonymous:
        with pytest.raises(AuthenticationError):
            await anonymous.get_async_httpx_client().get(operation.path)
    assert [(v.location, v.field) for v in mock.violations] == [("header", "Authorization")]


async def test_violations_carry_every_broken_field_and_the_call_keeps_the_body(
    mock: MihuMock, http: httpx2.AsyncClient
) -> None:
    operation_id, _ = find_body_property(mock, "json", lambda p: p["__required__"])
    request = valid_request(mock, operation_id)
    request.json_body = {}
    with pytest.raises(UnprocessableEntityError) as caught:
        await request.send(http)
    required = [v.field for v in mock.violations]
    assert caught.value.errors is not None and sorted(caught.value.errors) == sorted(required)
    assert mock.calls[0].body == {} and not mock.calls[0].valid
    with pytest.raises(AssertionError, match="broke the spec"):
        mock.assert_no_violations()
