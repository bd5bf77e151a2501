"""Unit tests of tests/spec_samples.py: samples are valid, conversions are faithful, names match the generator."""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from attrs import define

from mihu_client._generated.types import Unset
from tests.spec_samples import (
    FIXED_DATETIME,
    FIXED_UUID,
    SampleBuilder,
    load_spec,
    operations,
    to_python,
)

SPEC = load_spec()
OPERATIONS = operations(SPEC)


def build(
    schema: dict[str, Any], components: dict[str, Any] | None = None, openapi: str = "3.0.3", **options: Any
) -> Any:
    builder = SampleBuilder({"openapi": openapi, "components": {"schemas": components or {}}}, **options)
    value = builder.instance(schema)
    assert builder.violation(value, schema) is None
    return value


# -- synthesis -------------------------------------------------------------------------------------------
def test_formats_enums_and_bounds() -> None:
    schema = {
        "type": "object",
        "required": ["id", "at", "day", "mail", "link", "kind", "count", "ratio", "name"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "at": {"type": "string", "format": "date-time"},
            "day": {"type": "string", "format": "date"},
            "mail": {"type": "string", "format": "email"},
            "link": {"type": "string", "format": "uri"},
            "kind": {"type": "string", "enum": ["call", "sms"]},
            "count": {"type": "integer", "minimum": 5, "maximum": 9},
            "ratio": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
            "name": {"type": "string", "minLength": 12, "maxLength": 20},
        },
    }
    value = build(schema)
    assert value["id"] == FIXED_UUID
    assert value["at"] == FIXED_DATETIME
    assert value["kind"] == "call"
    assert value["count"] == 5
    assert value["ratio"] > 0
    assert 12 <= len(value["name"]) <= 20


def test_example_is_preferred_and_optional_properties_are_filled() -> None:
    schema = {
        "type": "object",
        "properties": {"phone": {"type": "string", "example": "+905551112233"}, "note": {"type": "string"}},
    }
    assert build(schema) == {"phone": "+905551112233", "note": "sample"}
    assert build(schema, required_only=True) == {}


def test_example_breaking_its_schema_is_replaced_and_recorded() -> None:
    builder = SampleBuilder({"openapi": "3.0.3"})
    schema = {"type": "string", "format": "date-time", "example": "2025-11-25 10:00:00"}
    assert builder.instance(schema, where="#/x") == FIXED_DATETIME
    assert list(builder.rejected_examples) == ['#/x: "2025-11-25 10:00:00"']


def test_refs_all_of_and_first_non_null_branch() -> None:
    components = {
        "Base": {"type": "object", "required": ["uuid"], "properties": {"uuid": {"type": "string", "format": "uuid"}}},
        "Named": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"required": ["name"], "properties": {"name": {"type": "string"}}},
            ]
        },
    }
    schema = {
        "type": "object",
        "required": ["item", "either"],
        "properties": {
            "item": {"$ref": "#/components/schemas/Named"},
            "either": {"anyOf": [{"type": "null"}, {"type": "integer", "minimum": 3}]},
            "choice": {"oneOf": [{"$ref": "#/components/schemas/Base"}, {"type": "string"}]},
        },
    }
    value = build(schema, components, openapi="3.1.0")
    assert value["item"] == {"uuid": FIXED_UUID, "name": "sample"}
    assert value["either"] == 3
    assert value["choice"] == {"uuid": FIXED_UUID}
    assert build({"type": ["null", "integer"]}, openapi="3.1.0") == 1
    assert build({"nullable": True, "anyOf": [{"type": "string", "enum": ["a", "b"]}]}) == "a"


def test_arrays_get_items_and_recursion_stops() -> None:
    components = {
        "Node": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
    }
    value = build({"type": "array", "minItems": 2, "uniqueItems": True, "items": {"type": "string"}})
    assert value == ["sample", "sample1"]
    tree = build({"$ref": "#/components/schemas/Node"}, components)
    assert tree["name"] == "sample"


def test_media_type_examples_map_is_used() -> None:
    document = {
        "openapi": "3.0.3",
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["Things"],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"n": {"type": "integer"}}},
                                "examples": {"first": {"value": {"n": 7}}},
                            }
                        }
                    },
                }
            }
        },
    }
    (operation,) = operations(document)
    assert SampleBuilder(document).request_body(operation) == ("application/json", {"n": 7})


# -- the real snapshot -----------------------------------------------------------------------------------
@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_snapshot_samples_are_valid(operation: Any) -> None:
    """Each parameter and body sample built for the snapshot satisfies the snapshot's own schema."""
    builder = SampleBuilder(SPEC)
    for parameter in operation.parameters:
        schema = parameter.get("schema", {})
        assert builder.violation(builder.parameter_value(parameter), schema) is None, parameter["name"]
    body = builder.request_body(operation)
    if body is not None:
        media = builder.resolve(operation.spec["requestBody"])["content"][body[0]]
        instance = body[1]
        if body[0].startswith("multipart/"):  # binary parts are bytes here; the schema says string
            instance = {k: "file" if isinstance(v, bytes) else v for k, v in instance.items()}
        assert builder.violation(instance, media["schema"]) is None


def test_module_names_match_the_generated_package() -> None:
    """Spec operations map one-to-one onto the generated operation modules."""
    package = Path(__file__).resolve().parent.parent / "mihu_client" / "_generated" / "api"
    on_disk = {
        f"mihu_client._generated.api.{path.parent.name}.{path.stem}"
        for path in package.glob("*/*.py")
        if path.name != "__init__.py"
    }
    expected = {op.module_name() for op in OPERATIONS}
    assert expected == on_disk
    assert "mihu_client._generated.api.voice_ivr_guards.replace_guard_rules" in expected


# -- JSON → Python ---------------------------------------------------------------------------------------
class Channel(enum.Enum):
    CALL = "call"


@define
class Point:
    x: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Point:
        return cls(x=data["x"])


def test_to_python_converts_by_annotation() -> None:
    assert to_python(Channel | Unset, "call") is Channel.CALL
    assert to_python(uuid.UUID, FIXED_UUID) == uuid.UUID(FIXED_UUID)
    assert to_python(datetime.datetime, FIXED_DATETIME).tzinfo is not None
    assert to_python(datetime.date | Unset, "2024-01-15") == datetime.date(2024, 1, 15)
    assert to_python(list[Point], [{"x": 1}]) == [Point(1)]
    assert to_python(int | str, "7") == "7"
    assert to_python(Point | str | None, None) is None
    with pytest.raises(TypeError):
        to_python(int, True)
