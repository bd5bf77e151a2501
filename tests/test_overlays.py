"""OpenAPI Overlay 1.0 documents applied before generation (scripts/overlays.py, openapi/overlays/)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from overlays import OverlayError, apply_overlay, apply_overlays, load_overlay, overlay_files  # noqa: E402


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def spec() -> dict[str, Any]:
    return {
        "components": {
            "schemas": {
                "Connector": {
                    "type": "object",
                    "properties": {
                        "status": {"type": "string", "enum": ["active", "inactive"]},
                        "phone_number": {"type": "string", "description": "E.164"},
                    },
                    "required": ["status", "phone_number"],
                }
            }
        }
    }


def test_the_committed_overlays_are_valid_overlay_documents() -> None:
    files = overlay_files()
    assert files, "openapi/overlays/ holds the spec fixes"
    for path in files:
        assert load_overlay(path)["actions"]


def test_update_merges_objects_and_appends_to_arrays_once() -> None:
    document = spec()
    connector = "$.components.schemas.Connector"
    changes = apply_overlay(
        document,
        overlay(
            {"target": f"{connector}.properties.phone_number", "update": {"nullable": True, "description": "any"}},
            {"target": f"{connector}.properties.status.enum", "update": "suspended"},
            {"target": f"{connector}.properties.status.enum", "update": "active"},
            {"target": f"{connector}", "update": {"properties": {"brand_new_field": {}}}},
        ),
    )
    properties = document["components"]["schemas"]["Connector"]["properties"]
    assert properties["phone_number"] == {"type": "string", "description": "any", "nullable": True}
    assert properties["status"]["enum"] == ["active", "inactive", "suspended"]
    assert properties["brand_new_field"] == {} and list(properties) == ["status", "phone_number", "brand_new_field"]
    assert len(changes) == 4 and all("updated 1 node(s)" in line for line in changes)


def test_remove_with_a_filter_and_actions_see_earlier_ones() -> None:
    document = spec()
    apply_overlay(
        document,
        overlay(
            {"target": "$.components.schemas.Connector.required[?@ == 'phone_number']", "remove": True},
            {"target": "$.components.schemas.Connector.required[0]", "remove": True},
            {"target": "$..properties[?@.type == 'string'].description", "remove": True},
        ),
    )
    connector = document["components"]["schemas"]["Connector"]
    assert connector["required"] == []
    assert connector["properties"]["phone_number"] == {"type": "string"}


def test_a_target_that_selects_nothing_is_reported() -> None:
    document = spec()
    [line] = apply_overlay(document, overlay({"target": "$.components.schemas.Gone", "remove": True}), "fix.yaml")
    assert line == "fix.yaml action 1: $.components.schemas.Gone selects nothing (already fixed upstream?)"
    assert document == spec()


@pytest.mark.parametrize(
    ("document", "complaint"),
    [
        ([], "must be an object"),
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": [{}]}, "Overlay 1.x"),
        ({"overlay": "1.0.0", "info": {"title": "t"}, "actions": [{}]}, "title and a version"),
        ({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "non-empty list"),
        (overlay({"update": {}}), "needs a JSONPath 'target'"),
        (overlay({"target": "$.a"}), "neither 'update' nor 'remove: true'"),
        (overlay({"target": "$[?", "remove": True}), "invalid target"),
    ],
)
def test_invalid_overlays_are_refused_with_the_reason(tmp_path: Path, document: Any, complaint: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    with pytest.raises(OverlayError, match=complaint):
        load_overlay(path)


def test_an_update_of_a_scalar_is_refused() -> None:
    with pytest.raises(OverlayError, match="needs an object or an array"):
        apply_overlay(spec(), overlay({"target": "$.components.schemas.Connector.type", "update": {"a": 1}}))


def test_overlay_files_apply_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "20-second.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: b, version: '1'}\nactions:\n"
        "  - target: $.components.schemas.Connector.properties.status\n    update: {description: second}\n"
    )
    (tmp_path / "10-first.json").write_text(
        json.dumps(
            overlay({"target": "$.components.schemas.Connector.properties.status", "update": {"description": "first"}})
        )
    )
    (tmp_path / "notes.txt").write_text("not an overlay")
    result, changes = apply_overlays(spec(), overlay_files(tmp_path))
    assert result["components"]["schemas"]["Connector"]["properties"]["status"]["description"] == "second"
    assert [line.split(" ")[0] for line in changes] == ["10-first.json", "20-second.yaml"]
