"""The generation pipeline: deterministic, complete, and loud about anything it cannot generate."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "api-docs.json"
GENERATED = ROOT / "mihu_client" / "_generated"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

sys.path.insert(0, str(ROOT / "scripts"))
from normalize_spec import normalize  # noqa: E402
from overlays import apply_overlays  # noqa: E402


def run_generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def operations(document: dict) -> list[dict]:
    return [op for item in document["paths"].values() for method, op in item.items() if method in METHODS]


def test_committed_code_is_what_the_snapshot_generates() -> None:
    result = run_generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "drift: none" in result.stdout


def test_every_operation_of_the_snapshot_has_a_generated_function() -> None:
    from openapi_python_client.strings import snake_case

    document = json.loads(SPEC.read_text(encoding="utf-8"))
    modules = {path.stem: path for path in (GENERATED / "api").glob("*/*.py") if path.name != "__init__.py"}
    for operation in operations(document):
        name = snake_case(operation["operationId"])
        assert name in modules, f"no generated module for {operation['operationId']}"
        source = modules[name].read_text(encoding="utf-8")
        assert "async def asyncio_detailed(" in source
        assert "def sync" not in source, "sync functions would bypass the async transport"
    assert len(modules) == len(operations(document)) == 139


def test_generation_that_warns_fails_and_leaves_the_target_untouched(tmp_path: Path) -> None:
    document = json.loads(SPEC.read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    broken["paths"]["/api/v1/contacts"]["get"]["parameters"].append(
        {"name": "filter", "in": "query", "schema": {"$ref": "#/components/schemas/DoesNotExist"}}
    )
    spec = tmp_path / "api-docs.json"
    spec.write_text(json.dumps(broken), encoding="utf-8")
    target = tmp_path / "mihu_client" / "_generated"
    target.mkdir(parents=True)
    (target / "sentinel.py").write_text("KEEP = True\n", encoding="utf-8")
    before = tree_digest(target)

    result = run_generate("--spec", str(spec), "--target", str(target))

    assert result.returncode != 0
    assert "FAILED" in result.stderr
    assert "list_contacts" in result.stderr or "listContacts" in result.stderr or "DoesNotExist" in result.stderr
    assert tree_digest(target) == before


def test_generated_code_is_never_touched_by_hand() -> None:
    header = (GENERATED / "__init__.py").read_text(encoding="utf-8")
    assert "Do not edit" in header


@pytest.mark.parametrize("extra", [{}, {"description": "state", "example": "udp"}])
def test_nullable_enum_becomes_an_explicit_union(extra: dict) -> None:
    schema = {"type": "string", "enum": ["udp", "tls", None], "nullable": True, **extra}
    document = {"components": {"schemas": {"X": {"properties": {"mode": schema}}}}}
    result, changes = normalize(document)
    mode = result["components"]["schemas"]["X"]["properties"]["mode"]
    assert mode["anyOf"] == [{"type": "string", "enum": ["udp", "tls"]}]
    assert mode["nullable"] is True
    assert all(mode[key] == value for key, value in extra.items())
    assert changes == ["_nullable_enum_as_union: #/components/schemas/X/properties/mode"]
    assert document["components"]["schemas"]["X"]["properties"]["mode"] is schema, "input must not change"
    assert normalize(result)[1] == [], "normalisation is idempotent"


def test_empty_enum_is_dropped_by_the_committed_overlay() -> None:
    document = {"components": {"schemas": {"X": {"type": "string", "enum": []}, "Y": {"enum": ["a"]}}}}
    result, changes = apply_overlays(document)
    assert result["components"]["schemas"] == {"X": {"type": "string"}, "Y": {"enum": ["a"]}}
    assert any("removed 1 node(s)" in line for line in changes)
    assert document["components"]["schemas"]["X"]["enum"] == [], "input must not change"
