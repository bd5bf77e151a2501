"""scripts/spec_diff.py: which differences between two documents are reported, and which break callers."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import spec_diff
from spec_diff import diff_documents, format_summary

ROOT = Path(__file__).resolve().parent.parent

JSON = dict[str, Any]


def document(paths: JSON, schemas: JSON | None = None, **components: JSON) -> JSON:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}, **components},
    }


def operation(operation_id: str, **fields: Any) -> JSON:
    return {"operationId": operation_id, "tags": ["Things"], "responses": {"200": {"description": "OK"}}, **fields}


def json_body(schema: JSON, required: bool = True) -> JSON:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def json_response(schema: JSON) -> JSON:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def obj(properties: JSON, required: list[str] | None = None) -> JSON:
    schema: JSON = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


def query(name: str, schema: JSON | None = None, required: bool = False) -> JSON:
    return {"name": name, "in": "query", "required": required, "schema": schema or {"type": "string"}}


def changes(old: JSON, new: JSON) -> list[tuple[str, bool]]:
    """All changes as (message, breaking), operation-level ones prefixed by the operation."""
    diff = diff_documents(old, new)
    found = [(f"{op}: operation removed", True) for op in diff.removed]
    found += [(f"{op}: operation added", False) for op in diff.added]
    for op_diff in diff.changed:
        found += [(f"{op_diff.new}: {change.message}", change.breaking) for change in op_diff.changes]
    return found


def only(old: JSON, new: JSON) -> tuple[str, bool]:
    found = changes(old, new)
    assert len(found) == 1, found
    return found[0]


def breaking(old: JSON, new: JSON) -> list[str]:
    return diff_documents(old, new).breaking


def with_op(op: JSON, path: str = "/things", method: str = "get", schemas: JSON | None = None) -> JSON:
    return document({path: {method: op}}, schemas)


# --- operations -----------------------------------------------------------------------------------


def test_identical_documents_have_no_changes() -> None:
    doc = with_op(operation("listThings", parameters=[query("q")]))
    diff = diff_documents(doc, copy.deepcopy(doc))
    assert diff.is_empty and not diff.breaking
    assert len(format_summary(diff)) == 1


def test_added_operation_is_a_note_removed_one_breaks() -> None:
    old = document({"/a": {"get": operation("getA")}})
    new = document({"/b": {"post": operation("createB")}})
    diff = diff_documents(old, new)
    assert [str(op) for op in diff.added] == ["POST /b (createB)"]
    assert [str(op) for op in diff.removed] == ["GET /a (getA)"]
    assert diff.breaking == ["GET /a (getA): operation removed"]


def test_renamed_path_parameter_pairs_the_operation() -> None:
    path_param = {"in": "path", "required": True, "schema": {"type": "string"}}
    old = document({"/things/{id}": {"get": operation("getThing", parameters=[{"name": "id", **path_param}])}})
    new = document({"/things/{uuid}": {"get": operation("getThing", parameters=[{"name": "uuid", **path_param}])}})
    found = changes(old, new)
    assert ("GET /things/{uuid} (getThing): path changed from /things/{id}", False) in found
    assert ("GET /things/{uuid} (getThing): path parameter 'id' removed", True) in found
    assert ("GET /things/{uuid} (getThing): new required path parameter 'uuid'", True) in found
    assert not diff_documents(old, new).removed


def test_moved_operation_is_paired_by_operation_id() -> None:
    old = document({"/v1/things": {"get": operation("listThings")}})
    new = document({"/v2/things": {"get": operation("listThings")}})
    assert only(old, new) == ("GET /v2/things (listThings): path changed from /v1/things", False)


def test_operation_id_rename_and_tag_move_break_sdk_imports() -> None:
    old = with_op(operation("listThings"))
    renamed = with_op(operation("getThings"))
    assert only(old, renamed)[1] is True
    moved = with_op({**operation("listThings"), "tags": ["Stuff"]})
    message, is_breaking = only(old, moved)
    assert "tag changed from Things to Stuff" in message and is_breaking


# --- parameters -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_params", "new_params", "expected"),
    [
        ([query("q")], [], ("query parameter 'q' removed", True)),
        ([], [query("q")], ("new optional query parameter 'q'", False)),
        ([], [query("q", required=True)], ("new required query parameter 'q'", True)),
        ([query("q")], [query("q", required=True)], ("query parameter 'q' is now required", True)),
        ([query("q", required=True)], [query("q")], ("query parameter 'q' is now optional", False)),
        (
            [query("n", {"type": "string"})],
            [query("n", {"type": "integer"})],
            ("query parameter 'n' type changed from string to integer", True),
        ),
        (
            [query("n", {"type": "integer"})],
            [query("n", {"type": "number"})],
            ("query parameter 'n' type changed from integer to number", False),  # accepts more
        ),
        (
            [query("d", {"type": "string"})],
            [query("d", {"type": "string", "format": "date-time"})],
            ("query parameter 'd' type changed from string to string(date-time)", True),
        ),
        (
            [query("s", {"type": "string", "enum": ["a", "b"]})],
            [query("s", {"type": "string", "enum": ["a"]})],
            ("query parameter 's' enum values removed: \"b\"", True),
        ),
        (
            [query("s", {"type": "string", "enum": ["a"]})],
            [query("s", {"type": "string", "enum": ["a", "c"]})],
            ("query parameter 's' enum values added: \"c\"", False),
        ),
        (
            [query("s")],
            [query("s", {"type": "string", "enum": ["a"]})],
            ("query parameter 's' now restricted to enum values \"a\"", True),
        ),
    ],
)
def test_parameter_changes(old_params: list[JSON], new_params: list[JSON], expected: tuple[str, bool]) -> None:
    old = with_op(operation("listThings", parameters=old_params))
    new = with_op(operation("listThings", parameters=new_params))
    message, is_breaking = only(old, new)
    assert (message.removeprefix("GET /things (listThings): "), is_breaking) == expected


def test_path_level_parameters_count_and_operation_level_override_them() -> None:
    old = document({"/things": {"parameters": [query("q")], "get": operation("listThings")}})
    new = document(
        {
            "/things": {
                "parameters": [query("q")],
                "get": operation("listThings", parameters=[query("q", required=True)]),
            }
        }
    )
    assert only(old, new) == ("GET /things (listThings): query parameter 'q' is now required", True)


def test_parameter_refs_are_resolved() -> None:
    inline = with_op(operation("listThings", parameters=[query("q")]))
    referenced = with_op(operation("listThings", parameters=[{"$ref": "#/components/parameters/Q"}]))
    referenced["components"]["parameters"] = {"Q": query("q")}
    assert changes(inline, referenced) == []


# --- request bodies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_schema", "new_schema", "expected"),
    [
        (obj({"a": {"type": "string"}}), obj({}), ("request body: field 'a' removed", True)),
        (obj({}), obj({"a": {"type": "string"}}), ("request body: field 'a' added", False)),
        (obj({}), obj({"a": {"type": "string"}}, ["a"]), ("request body: field 'a' added, required", True)),
        (
            obj({"a": {"type": "string"}}),
            obj({"a": {"type": "string"}}, ["a"]),
            ("request body: field 'a' is now required", True),
        ),
        (
            obj({"a": {"type": "string"}}),
            obj({"a": {"type": "string", "nullable": True}}),
            ("request body: field 'a' type changed from string to null | string", False),
        ),
        (
            obj({"a": {"type": "array", "items": obj({"b": {"type": "integer"}})}}),
            obj({"a": {"type": "array", "items": obj({"b": {"type": "boolean"}})}}),
            ("request body: field 'a[].b' type changed from integer to boolean", True),
        ),
    ],
)
def test_request_body_changes(old_schema: JSON, new_schema: JSON, expected: tuple[str, bool]) -> None:
    old = with_op(operation("createThing", requestBody=json_body(old_schema)), method="post")
    new = with_op(operation("createThing", requestBody=json_body(new_schema)), method="post")
    message, is_breaking = only(old, new)
    assert (message.removeprefix("POST /things (createThing): "), is_breaking) == expected


def test_request_body_added_removed_and_content_type_changed() -> None:
    none = with_op(operation("createThing"), method="post")
    optional = with_op(operation("createThing", requestBody=json_body(obj({}), required=False)), method="post")
    required = with_op(operation("createThing", requestBody=json_body(obj({}))), method="post")
    assert only(none, optional)[1] is False
    assert only(none, required)[1] is True
    assert only(required, none) == ("POST /things (createThing): request body removed", True)
    multipart = copy.deepcopy(required)
    body = multipart["paths"]["/things"]["post"]["requestBody"]
    body["content"] = {"multipart/form-data": body["content"]["application/json"]}
    assert ("POST /things (createThing): request body content type application/json removed", True) in changes(
        required, multipart
    )


def test_all_of_members_are_merged() -> None:
    base = {"Base": obj({"id": {"type": "string"}, "name": {"type": "string"}})}
    slim = {"Base": obj({"id": {"type": "string"}})}
    schema = {"allOf": [{"$ref": "#/components/schemas/Base"}, obj({"extra": {"type": "integer"}})]}
    old = with_op(operation("getThing", responses=json_response(schema)), schemas=base)
    new = with_op(operation("getThing", responses=json_response(schema)), schemas=slim)
    assert only(old, new) == ("GET /things (getThing): response 200: field 'name' removed", True)


# --- responses ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old_schema", "new_schema", "expected"),
    [
        (obj({"a": {"type": "string"}}), obj({}), ("response 200: field 'a' removed", True)),
        (obj({}), obj({"a": {"type": "string"}}, ["a"]), ("response 200: field 'a' added", False)),
        (
            obj({"a": {"type": "string"}}),
            obj({"a": {"type": "integer"}}),
            ("response 200: field 'a' type changed from string to integer", True),
        ),
        (
            obj({"a": {"type": "string"}}),
            obj({"a": {"type": "string", "nullable": True}}),
            ("response 200: field 'a' type changed from string to null | string", True),  # callers may get None
        ),
        (
            obj({"a": {"type": "string", "nullable": True}}),
            obj({"a": {"type": "string"}}),
            ("response 200: field 'a' type changed from null | string to string", False),
        ),
        (
            obj({"a": {"type": "string"}}, ["a"]),
            obj({"a": {"type": "string"}}),
            ("response 200: field 'a' may now be absent", True),
        ),
        (
            obj({"s": {"type": "string", "enum": ["x", "y"]}}),
            obj({"s": {"type": "string", "enum": ["x"]}}),
            ("response 200: field 's' enum values removed: \"y\"", True),
        ),
        (
            obj({"s": {"type": "string", "enum": ["x"]}}),
            obj({"s": {"type": "string", "enum": ["x", "z"]}}),
            ("response 200: field 's' enum values added: \"z\"", False),
        ),
    ],
)
def test_response_changes(old_schema: JSON, new_schema: JSON, expected: tuple[str, bool]) -> None:
    old = with_op(operation("getThing", responses=json_response(old_schema)))
    new = with_op(operation("getThing", responses=json_response(new_schema)))
    message, is_breaking = only(old, new)
    assert (message.removeprefix("GET /things (getThing): "), is_breaking) == expected


def test_success_response_removed_breaks_error_response_schemas_are_not_compared() -> None:
    error = {
        "description": "Invalid",
        "content": {"application/json": {"schema": obj({"message": {"type": "string"}})}},
    }
    old = with_op(operation("getThing", responses={"200": {"description": "OK"}, "422": error}))
    new_error = copy.deepcopy(old)
    new_error["paths"]["/things"]["get"]["responses"]["422"]["content"]["application/json"]["schema"] = obj({})
    assert changes(old, new_error) == []
    created = copy.deepcopy(old)
    responses = created["paths"]["/things"]["get"]["responses"]
    responses["201"] = responses.pop("200")
    found = changes(old, created)
    assert ("GET /things (getThing): response 200 removed", True) in found
    assert ("GET /things (getThing): response 201 added", False) in found


# --- $refs ----------------------------------------------------------------------------------------


def test_schema_moved_into_components_is_no_change_for_operations() -> None:
    thing = obj({"id": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}})
    inline = with_op(operation("getThing", responses=json_response(thing)))
    referenced = with_op(operation("getThing", responses=json_response({"$ref": "#/components/schemas/Thing"})))
    referenced["components"]["schemas"]["Thing"] = thing
    diff = diff_documents(inline, referenced)
    assert not diff.changed and not diff.breaking
    assert [change.message for change in diff.document] == ["component schemas added: Thing"]


def test_change_inside_a_referenced_schema_is_reported_for_each_user() -> None:
    schemas = {"Thing": obj({"size": {"type": "integer"}})}
    paths = {
        "/things": {"get": operation("listThings", responses=json_response({"$ref": "#/components/schemas/Thing"}))},
        "/things/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": operation("getThing", responses=json_response({"$ref": "#/components/schemas/Thing"})),
        },
    }
    old = document(paths, schemas)
    new = document(copy.deepcopy(paths), {"Thing": obj({"size": {"type": "string"}})})
    assert len(breaking(old, new)) == 2


def test_recursive_schemas_terminate_and_still_compare() -> None:
    def tree(leaf_type: str) -> JSON:
        return {
            "Node": obj(
                {
                    "value": {"type": leaf_type},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "parent": {"$ref": "#/components/schemas/Other"},
                }
            ),
            "Other": obj({"node": {"$ref": "#/components/schemas/Node"}}),
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }

    op = operation(
        "getTree",
        responses=json_response({"$ref": "#/components/schemas/Node"}),
        requestBody=json_body({"$ref": "#/components/schemas/Loop"}),
    )
    old = with_op(op, method="post", schemas=tree("string"))
    new = with_op(copy.deepcopy(op), method="post", schemas=tree("integer"))
    assert changes(old, copy.deepcopy(old)) == []
    assert only(old, new) == (
        "POST /things (getTree): response 200: field 'value' type changed from string to integer",
        True,
    )


# --- summary and command line ---------------------------------------------------------------------


def test_summary_lists_breaking_first_and_caps_notes() -> None:
    old = with_op(operation("getThing", responses=json_response(obj({"gone": {"type": "string"}}))))
    many = {f"f{i}": {"type": "string"} for i in range(15)}
    new = with_op(operation("getThing", responses=json_response(obj(many))))
    lines = format_summary(diff_documents(old, new), max_notes=5)
    assert lines[0].endswith("1 breaking change(s)")
    assert lines[1] == "BREAKING:"
    assert "response 200: field 'gone' removed" in lines[2]
    assert lines[-1].strip() == "note: ... and 10 more"


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_path, new_path = tmp_path / "old.json", tmp_path / "new.json"
    old_path.write_text(json.dumps(document({"/a": {"get": operation("getA")}})))
    new_path.write_text(json.dumps(document({"/b": {"get": operation("getB")}})))
    assert spec_diff.main([str(old_path), str(new_path)]) == 0
    out = capsys.readouterr().out
    assert "- GET /a (getA)" in out and "+ GET /b (getB)" in out
    assert spec_diff.main([str(old_path), str(new_path), "--fail-on-breaking"]) == spec_diff.EXIT_BREAKING
    assert spec_diff.main([str(old_path), str(old_path), "--fail-on-breaking"]) == 0
    assert spec_diff.main([str(old_path), str(tmp_path / "absent.json")]) == 1


def test_committed_snapshot_compares_clean_with_itself() -> None:
    snapshot = json.loads((ROOT / "openapi" / "api-docs.json").read_text(encoding="utf-8"))
    diff = diff_documents(snapshot, copy.deepcopy(snapshot))
    assert diff.is_empty and diff.new_count == spec_diff.count_operations(snapshot) > 0


MALFORMED: list[Any] = [
    None,
    {"paths": []},
    {"components": "x", "info": 3, "paths": {"/x": {"$ref": "#/paths/~1x"}}},
    {"paths": {"/x": {"get": {"parameters": "x", "responses": [], "requestBody": 3}}}},
    {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [{"name": "a", "schema": {"type": {"x": 1}, "properties": [1], "required": "abc"}}],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/nowhere"}}}},
                        "201": 5,
                    },
                }
            }
        }
    },
]


@pytest.mark.parametrize("old", MALFORMED)
@pytest.mark.parametrize("new", MALFORMED)
def test_malformed_documents_do_not_crash_the_comparison(old: Any, new: Any) -> None:
    assert format_summary(diff_documents(old, new))
