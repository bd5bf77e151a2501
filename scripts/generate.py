"""Regenerate mihu_client/_generated from the committed snapshot.

snapshot → overlays (openapi/overlays/) → normalise → openapi-python-client (our templates, ruff as post hook) → a fresh directory →
swapped in place of the old one. Any warning or skipped operation fails the run: a silently missing
endpoint is worse than a failed build.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from normalize_spec import normalize  # noqa: E402
from overlays import OVERLAY_DIR, apply_overlays, overlay_files  # noqa: E402
from spec_index import INDEX_NAME, build_index  # noqa: E402

SPEC = ROOT / "openapi" / "api-docs.json"
TEMPLATES = ROOT / "openapi" / "templates"
CONFIG = ROOT / "generator-config.yaml"
TARGET = ROOT / "mihu_client" / "_generated"
SHIPPED_SPEC = "openapi.json"
"""File name of the normalised snapshot written into the generated package."""


def count_operations(document: dict[str, Any]) -> int:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in document.get("paths", {}).values() for method in item if method in methods)


def count_generated_operations(package: Path) -> int:
    return sum(1 for path in (package / "api").glob("*/*.py") if path.name != "__init__.py")


def run(
    spec: Path, target: Path, verbose: bool = False, overlays: Path = OVERLAY_DIR, config_file: Path = CONFIG
) -> int:
    # The post hooks call ruff; use the one installed beside this interpreter (the project's venv).
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    overlaid, applied = apply_overlays(json.loads(spec.read_text(encoding="utf-8")), overlay_files(overlays))
    for line in applied:
        print(f"overlay: {line}")
    document, changes = normalize(overlaid)
    for change in changes:
        if verbose:
            print(f"normalise: {change}")
    if changes:
        print(f"normalise: {len(changes)} rewrite(s) of known spec quirks")

    build = target.parent / f".{target.name}.build"
    shutil.rmtree(build, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="mihu-spec-") as tmp:
        normalised = Path(tmp) / "api-docs.json"
        normalised.write_text(json.dumps(document), encoding="utf-8")
        config = Config.from_sources(
            ConfigFile.load_from_path(config_file),
            MetaType.NONE,
            normalised,
            "utf-8",
            overwrite=True,
            output_path=build,
        )
        errors = generate(config=config, custom_template_path=TEMPLATES if any(TEMPLATES.iterdir()) else None)
    if errors:
        for error in errors:
            print(f"generate: {error.level.value}: {error.header}: {error.detail}", file=sys.stderr)
        print(f"generate: FAILED with {len(errors)} warning(s)/error(s); {target} left unchanged", file=sys.stderr)
        shutil.rmtree(build, ignore_errors=True)
        return 1

    # The document the code was generated from, shipped beside it: mihu_client.testing serves it.
    (build / SHIPPED_SPEC).write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    expected, produced = count_operations(document), count_generated_operations(build)
    if expected != produced:
        print(f"generate: FAILED: spec has {expected} operations, generator wrote {produced}", file=sys.stderr)
        shutil.rmtree(build, ignore_errors=True)
        return 1

    # Where each model comes from, for the overlays the drift report exports (mihu_client._drift).
    index = build_index(overlaid, document, config)
    (build / INDEX_NAME).write_text(json.dumps(index, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    old = target.parent / f".{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    build.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    print(
        f"generate: {produced} operations, {len(list((target / 'models').glob('*.py'))) - 1} model modules → {(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)}"
    )
    return 0


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def check_drift(spec: Path) -> int:
    """Fail when the committed generated code is not what the committed snapshot generates."""
    with tempfile.TemporaryDirectory(prefix="mihu-drift-", dir=TARGET.parent.parent) as tmp:
        fresh_target = Path(tmp) / "mihu_client" / "_generated"
        fresh_target.parent.mkdir(parents=True)
        if run(spec, fresh_target) != 0:
            return 1
        fresh, committed = tree(fresh_target), tree(TARGET)
    differing = sorted(name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name))
    if differing:
        print(f"drift: {len(differing)} generated file(s) differ from what the snapshot generates:", file=sys.stderr)
        for name in differing[:20]:
            print(f"  mihu_client/_generated/{name}", file=sys.stderr)
        print("drift: run `make generate` and commit the result", file=sys.stderr)
        return 1
    print(f"drift: none ({len(fresh)} generated files match the snapshot)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--overlays", type=Path, default=OVERLAY_DIR, help="folder of Overlay 1.0 files to apply")
    parser.add_argument(
        "--config", type=Path, default=CONFIG, help="generator settings (default: generator-config.yaml)"
    )
    parser.add_argument("--check", action="store_true", help="compare instead of writing (the drift check)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.check:
        return check_drift(args.spec)
    return run(args.spec.resolve(), args.target.resolve(), args.verbose, args.overlays.resolve(), args.config.resolve())


if __name__ == "__main__":
    sys.exit(main())
