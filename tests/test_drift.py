"""The drift report: drifted responses from our 127.0.0.1 server become entries, one log line each, a JSON
export and an Overlay that, applied to the snapshot and regenerated, makes the same responses parse cleanly.

Expectations are derived from the spec: which fields of the drifted payload the schema lacks, which
nulls it does not allow, which enum values it does not list.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import jsonpath
import pytest

from mihu_client import DriftKind, DriftReport, MihuClient, ResponseValidationError, models
from tests.conftest import TEST_TOKEN
from tests.servers.fault_server import DRIFTED_PBX_CONNECTOR, FaultServer, Reply

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from overlays import apply_overlay, apply_overlays  # noqa: E402

SPEC = json.loads((ROOT / "openapi" / "api-docs.json").read_text())
INDEX = json.loads((ROOT / "mihu_client" / "_generated" / "spec_index.json").read_text())["models"]
CONNECTOR_ID = uuid.UUID(DRIFTED_PBX_CONNECTOR["data"]["pbx_extension_connector_uuid"])
CONNECTOR_PATH = f"/api/v1/pbx_extension_connectors/{CONNECTOR_ID}"
PERSONAL = ("Front desk", str(CONNECTOR_ID), "nested")
"""Payload values that must never appear in a report, a log line or an overlay."""


def follow(node: dict[str, Any]) -> dict[str, Any]:
    """The schema a `$ref` points to (in this snapshot), or the node itself."""
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    target: Any = SPEC
    for token in ref.removeprefix("#/").split("/"):
        target = target[token]
    return follow(target)


def connector_schema() -> tuple[str, dict[str, Any]]:
    """The schema of `data` in the getPbxExtensionConnector 200 response, and its model class name."""
    operation = SPEC["paths"]["/api/v1/pbx_extension_connectors/{uuid}"]["get"]
    body = follow(operation["responses"]["200"]["content"]["application/json"]["schema"])
    reference = body["properties"]["data"]["$ref"]
    schema = follow(body["properties"]["data"])
    [name] = [name for name, model in INDEX.items() if model["at"] == [reference.removeprefix("#")]]
    return name, schema


def expected_drift(schema_name: str, schema: dict[str, Any], payload: dict[str, Any]) -> set[tuple[Any, ...]]:
    """(schema, field, kind, values) the spec says a flat payload drifts by."""
    expected: set[tuple[Any, ...]] = set()
    properties = schema.get("properties", {})
    for key, value in payload.items():
        prop = follow(properties[key]) if key in properties else None
        if prop is None:
            if "additionalProperties" not in schema:
                expected.add((schema_name, key, DriftKind.UNKNOWN_FIELD, ()))
        elif value is None:
            if not prop.get("nullable"):
                expected.add((schema_name, key, DriftKind.UNEXPECTED_NULL, ()))
        elif "enum" in prop and value not in prop["enum"]:
            expected.add((schema_name, key, DriftKind.UNKNOWN_ENUM_VALUE, (value,)))
    return expected


def seen(mihu: MihuClient) -> set[tuple[Any, ...]]:
    return {(e.schema, e.field, e.kind, tuple(e.values)) for e in mihu.drift}


async def test_drifted_responses_become_entries_logged_once_each(
    fault_server: FaultServer, mihu: MihuClient, caplog: pytest.LogCaptureFixture
) -> None:
    name, schema = connector_schema()
    expected = expected_drift(name, schema, DRIFTED_PBX_CONNECTOR["data"])
    assert {kind for *_, kind, _ in expected} >= {
        DriftKind.UNKNOWN_ENUM_VALUE,
        DriftKind.UNEXPECTED_NULL,
        DriftKind.UNKNOWN_FIELD,
    }, "the fixture exercises three kinds"
    fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR))

    with caplog.at_level(logging.WARNING, logger="mihu_client.drift"):
        for _ in range(3):
            await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
        await mihu.with_options(timeout=5).pbx_extension_connectors.get(CONNECTOR_ID)  # a copy shares the report

    assert seen(mihu) == expected
    assert all(entry.count == 4 for entry in mihu.drift)
    lines = [record for record in caplog.records if record.name == "mihu_client.drift"]
    assert len(lines) == len(expected) and all(record.levelno == logging.WARNING for record in lines)
    assert {(r.mihu_drift_schema, r.mihu_drift_field) for r in lines} == {e[:2] for e in expected}  # type: ignore[attr-defined]
    assert not any(value in record.getMessage() for record in lines for value in PERSONAL)


async def test_the_json_export_has_names_kinds_counts_and_enum_values_only(
    fault_server: FaultServer, mihu: MihuClient
) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR))
    await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
    exported = mihu.drift.to_json()
    entries = json.loads(exported)["entries"]
    assert {(e["schema"], e["field"], e["kind"], tuple(e.get("values", ()))) for e in entries} == seen(mihu)
    assert all(e["count"] == 1 and set(e) <= {"schema", "field", "kind", "count", "values"} for e in entries)
    assert all(("values" in e) == (e["kind"] == "unknown_enum_value") for e in entries)
    assert not any(value in exported for value in PERSONAL)
    mihu.drift.clear()
    assert not mihu.drift and json.loads(mihu.drift.to_json()) == {"entries": []}


async def test_other_kinds_missing_field_type_mismatch_non_iso_date(
    fault_server: FaultServer, mihu: MihuClient
) -> None:
    """A component schema with a required field, a date-time field and a uuid field."""
    name, _, required, date_field, uuid_field = pick_schema_with_required_date_and_uuid()
    payload = {date_field: "next tuesday", uuid_field: 42}
    fault_server.script("/drift", Reply.json(payload))
    model = getattr(models, name)

    parsed = await mihu.get("/drift", cast_to=model)
    assert getattr(parsed, date_field.replace("-", "_")) == "next tuesday"  # kept as sent

    assert {(e.field, e.kind) for e in mihu.drift} == {
        *((field, DriftKind.MISSING_REQUIRED_FIELD) for field in required),
        (date_field, DriftKind.NON_ISO_DATE),
        (uuid_field, DriftKind.TYPE_MISMATCH),
    }
    assert {e.schema for e in mihu.drift} == {name}
    assert mihu.drift.to_overlay()["actions"] == []  # none of these has an overlay fix

    strict_entries = len(mihu.drift)
    with pytest.raises(ResponseValidationError):
        await mihu.get("/drift", cast_to=model, options={"strict": True})
    assert len(mihu.drift) == strict_entries  # strict parsing reports too, then raises


def pick_schema_with_required_date_and_uuid() -> tuple[str, dict[str, Any], list[str], str, str]:
    for name, model in sorted(INDEX.items()):
        [at] = model["at"][:1]
        if not at.startswith("/components/schemas/") or at.count("/") != 3:
            continue
        schema = SPEC["components"]["schemas"][at.rsplit("/", 1)[1]]
        props = schema.get("properties", {})
        dates = [k for k, v in props.items() if v.get("format") == "date-time" and k not in schema.get("required", [])]
        uuids = [k for k, v in props.items() if v.get("format") == "uuid" and k not in schema.get("required", [])]
        if schema.get("required") and dates and uuids:
            return name, schema, list(schema["required"]), dates[0], uuids[0]
    raise AssertionError("the spec has no schema with a required field, a date-time field and a uuid field")


def test_the_overlay_targets_the_snapshot(fault_server: FaultServer) -> None:
    """Every action's target selects exactly one node of the snapshot (as overlaid by openapi/overlays/)."""

    async def drift_once() -> dict[str, Any]:
        fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR))
        async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN) as mihu:
            await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
            return mihu.drift.to_overlay()

    overlay = asyncio.run(drift_once())
    document, _ = apply_overlays(SPEC)
    assert overlay["overlay"] == "1.0.0" and overlay["info"]["title"] and overlay["actions"]
    for action in overlay["actions"]:
        assert len(jsonpath.findall(action["target"], document)) == 1, action
    assert not any(value in json.dumps(overlay) for value in PERSONAL)


async def test_the_overlay_applied_and_regenerated_parses_the_same_responses_without_drift(
    fault_server: FaultServer, mihu: MihuClient, tmp_path: Path
) -> None:
    # A drifted connector, then a body whose `data` (a $ref to the connector schema) is null.
    replies = [Reply.json(DRIFTED_PBX_CONNECTOR), Reply.json({"success": True, "data": None})]
    fault_server.script(CONNECTOR_PATH, *replies, *replies)
    await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
    await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
    assert (DriftKind.UNEXPECTED_NULL, "data") in {(e.kind, e.field) for e in mihu.drift}
    overlays = tmp_path / "overlays"
    shutil.copytree(ROOT / "openapi" / "overlays", overlays)
    (overlays / "90-drift.json").write_text(json.dumps(mihu.drift.to_overlay()))

    # A copy of the package, regenerated from the snapshot plus the drift overlay.
    package = tmp_path / "site" / "mihu_client"
    shutil.copytree(ROOT / "mihu_client", package, ignore=shutil.ignore_patterns("_generated", "__pycache__"))
    generate = [sys.executable, str(ROOT / "scripts" / "generate.py"), "--overlays", str(overlays)]
    result = subprocess.run(
        [*generate, "--target", str(package / "_generated")], capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "90-drift.json action" in result.stdout

    script = f"""
import asyncio, json, uuid
import mihu_client
from mihu_client import MihuClient
assert mihu_client.__file__.startswith({str(package)!r}), mihu_client.__file__

async def main():
    async with MihuClient(base_url={fault_server.url!r}, token="t") as mihu:
        connector = await mihu.pbx_extension_connectors.get(uuid.UUID({str(CONNECTOR_ID)!r}))
        empty = await mihu.pbx_extension_connectors.get(uuid.UUID({str(CONNECTOR_ID)!r}))
        print(json.dumps({{"drift": mihu.drift.to_dict(), "status": str(connector.data.status),
                          "extra": connector.data.additional_properties, "empty": empty.data}}))

asyncio.run(main())
"""
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path / "site",
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    outcome = json.loads(run.stdout.splitlines()[-1])
    assert outcome["drift"] == {"entries": []}
    assert outcome["status"] == DRIFTED_PBX_CONNECTOR["data"]["status"]
    assert outcome["extra"] == {}, "the new field is a declared property now"
    assert outcome["empty"] is None


def test_overlay_actions_for_nullable_references_list_items_and_whole_bodies() -> None:
    """Synthetic entries, as parsing records them: a null item of a list of references, a whole body."""
    report = DriftReport()
    contact = next(name for name, model in INDEX.items() if model["fields"].get("tags", {}).get("items_ref"))
    report.record(f"{contact}.tags[]", DriftKind.UNEXPECTED_NULL)
    report.record("get_contact response", DriftKind.TYPE_MISMATCH)
    overlay = report.to_overlay()
    assert "1 entries have no overlay fix" in overlay["info"]["description"]

    document, _ = apply_overlays(SPEC)
    [at] = INDEX[contact]["at"]
    reference = INDEX[contact]["fields"]["tags"]["items_ref"]
    apply_overlay(document, overlay)
    [tags] = jsonpath.findall(f"$.components.schemas.{at.rsplit('/', 1)[1]}.properties.tags", document)
    assert tags["items"] == {"anyOf": [{"$ref": reference}], "nullable": True}
