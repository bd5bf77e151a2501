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

sys.path.insert(0, str(ROOT / "scripts"))
from normalize_spec import normalize  # noqa: E402
from overlays import apply_overlays  # noqa: E402

from tests.snapshot import operations  # noqa: E402


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


def test_committed_code_is_what_the_snapshot_generates() -> None:
    result = run_generate("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "drift: none" in result.stdout


def test_every_operation_of_the_snapshot_has_a_generated_function() -> None:
    modules = {path.stem: path for path in (GENERATED / "api").glob("*/*.py") if path.name != "__init__.py"}
    expected = operations()
    missing = [str(operation) for operation in expected if operation.module not in modules]
    assert not missing, f"no generated module for: {', '.join(missing)}"
    for operation in expected:
        source = modules[operation.module].read_text(encoding="utf-8")
        assert "async def asyncio_detailed(" in source, operation
        assert "def sync" not in source, f"{operation}: sync functions would bypass the async transport"
    extra = sorted(set(modules) - {operation.module for operation in expected})
    assert not extra, f"generated modules for operations the snapshot does not have: {extra}"


def test_generation_that_warns_fails_and_leaves_the_target_untouched(tmp_path: Path) -> None:
    document = json.loads(SPEC.read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    victim = operations(broken)[0]  # any operation will do: the change is what matters
    victim.document.setdefault("parameters", []).append(
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
    assert victim.module in result.stderr or victim.operation_id in result.stderr or "DoesNotExist" in result.stderr
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


def test_discriminator_values_mark_the_schemas_they_select() -> None:
    schemas = {
        "Circle": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Square": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Shape": {
            "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
            "discriminator": {"propertyName": "kind", "mapping": {"round": "#/components/schemas/Circle"}},
        },
    }
    result, changes = normalize({"components": {"schemas": schemas}})
    marked = result["components"]["schemas"]
    assert marked["Circle"]["x-discriminator-values"] == {"kind": ["round"]}
    assert marked["Square"]["x-discriminator-values"] == {"kind": ["Square"]}  # implicit: the schema's name
    assert len(changes) == 2 and "x-discriminator-values" not in schemas["Circle"], "input must not change"
    assert normalize(result)[1] == [], "normalisation is idempotent"
