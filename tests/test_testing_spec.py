"""MihuMock on small documents written for the case: what the snapshot does not (yet) exercise.

Array and header parameters, form bodies, null where `nullable` says so, literal path segments beside
templates, recursive schemas and unions: a new snapshot may bring any of them, and the mock must serve
them without changes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest

from mihu_client.testing import MihuMock

BEARER = {"Authorization": "Bearer t"}


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    if schema is None:
        return {"200": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


NODE = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string"},
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
    },
}
SPEC = document(
    {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
                    {"name": "X-Tenant", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "responses": ok({"$ref": "#/components/schemas/Node"}),
            },
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "kind": {"type": "string", "enum": ["a", "b"], "nullable": True},
                                    "mode": {"anyOf": [{"type": "string", "enum": ["x"]}], "nullable": True},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "2XX": {
                        "description": "created",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [
                                        {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {"id": {"type": "integer"}},
                                        },
                                        {"type": "string", "format": "uuid"},
                                    ]
                                }
                            }
                        },
                    }
                },
            },
        },
        "/things/export": {
            "get": {"operationId": "exportThings", "responses": ok({"type": "string", "enum": ["csv"]})}
        },
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}],
            "get": {"responses": ok()},
            "put": {
                "operationId": "replaceThing",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["count"],
                                "properties": {"count": {"type": "integer"}, "on": {"type": "boolean"}},
                            }
                        }
                    }
                },
                "responses": ok(),
            },
            "patch": {
                "operationId": "uploadThing",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file", "size"],
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "size": {"type": "integer"},
                                },
                            }
                        }
                    }
                },
                "responses": ok(),
            },
        },
    },
    {"Node": NODE},
)


@pytest.fixture
def mock() -> MihuMock:
    return MihuMock(spec=SPEC)


@pytest.fixture
async def http(mock: MihuMock) -> AsyncIterator[httpx2.AsyncClient]:
    async with httpx2.AsyncClient(transport=mock, base_url=mock.base_url, headers=BEARER) as client:
        yield client


async def test_array_query_and_required_header(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    response = await http.get("/things", params={"ids": ["1", "2"]}, headers={"X-Tenant": "acme"})
    assert response.status_code == 200 and mock.calls[-1].query == {"ids": [1, 2]}
    assert response.json()["name"]  # a recursive schema still yields a finite, valid body

    response = await http.get("/things", params={"ids": ["1", "x"]})
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"ids.1", "X-Tenant"}


async def test_null_is_accepted_where_the_spec_says_nullable(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    response = await http.post("/things", json={"kind": None, "mode": None})
    assert response.status_code == 200, response.json()
    response = await http.post("/things", json={"kind": "c", "mode": "y"})
    assert set(response.json()["errors"]) == {"kind", "mode"}


async def test_union_responses_and_status_ranges(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    body = (await http.post("/things", json={})).json()
    assert (isinstance(body, dict) and isinstance(body["id"], int)) or isinstance(body, str)
    mock.route("createThing").respond(status=201, json="3fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert (await http.post("/things", json={})).status_code == 201


async def test_literal_segments_win_over_templates(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    assert (await http.get("/things/export")).json() == "csv"
    assert (await http.get("/things/7")).status_code == 200
    assert mock.calls[-1].path_params == {"id": 7}
    assert mock.calls[-1].operation_id  # derived when the spec gives none
    assert (await http.get("/things/0")).json()["errors"] == {
        "id": ["The id field is invalid: 0 is less than the minimum of 1."]
    }


async def test_form_and_multipart_text_is_read_as_the_declared_type(mock: MihuMock, http: httpx2.AsyncClient) -> None:
    assert (await http.put("/things/1", data={"count": "3", "on": "true"})).status_code == 200
    assert mock.calls[-1].body == {"count": "3", "on": "true"}
    assert (await http.put("/things/1", data={"count": "three"})).json()["errors"] == {
        "count": ["The count field must be an integer."]
    }
    assert (
        await http.patch("/things/1", files={"file": ("a.txt", b"hi", "text/plain")}, data={"size": "2"})
    ).status_code == 200
    assert mock.calls[-1].body["file"].content == b"hi"
    response = await http.patch("/things/1", data={"size": "two"}, files={"other": ("b", b"", "text/plain")})
    assert set(response.json()["errors"]) == {"file", "size"}


def test_documents_that_are_not_openapi_are_refused() -> None:
    with pytest.raises(ValueError, match="OpenAPI 3"):
        MihuMock(spec={"swagger": "2.0", "paths": {}})
    with pytest.raises(ValueError, match="at least one path"):
        MihuMock(spec={"openapi": "3.0.0", "paths": {}})


def test_importing_the_kit_and_its_plugin_loads_no_validator() -> None:
    """pytest loads the plugin in every run, with or without the testing extra installed."""
    code = (
        "import sys, mihu_client.testing, mihu_client.testing.pytest_plugin; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'openapi_schema_validator')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_without_the_testing_extra_the_error_says_how_to_install_it() -> None:
    code = (
        "import sys; sys.modules['openapi_schema_validator'] = None\n"
        "try:\n    from mihu_client.testing import MihuMock\n"
        "except ImportError as error:\n    print(error)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert 'pip install "mihu-client[testing]"' in result.stdout
