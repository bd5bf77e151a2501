"""The built wheel is complete and importable on its own.

The generated package is easy to lose from a wheel (it is produced by a tool, and build backends skip
what looks ignored), so build one, look inside, install it into a clean venv and import from it there.
The clean venv gets the wheel's declared runtime dependencies, and only those, by linking their
installed copies from this environment: no download, and a dependency the package uses but does not
declare fails the import.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement

from tests.snapshot import operations

ROOT = Path(__file__).resolve().parent.parent


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=240, cwd=cwd, env=env
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def _runtime_closure(requirements: list[str], extra: str = "") -> set[str]:
    """Distribution names of `requirements` (with `extra`) and everything they need, as installed here."""
    seen: set[str] = set()
    pending = list(requirements)
    while pending:
        requirement = Requirement(pending.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = importlib.metadata.distribution(requirement.name).metadata["Name"].lower()
        if name not in seen:
            seen.add(name)
            pending.extend(importlib.metadata.distribution(name).requires or [])
    return seen


def _link_distributions(names: set[str], target: Path) -> None:
    """Symlink each distribution's top-level modules and metadata into `target`."""
    target.mkdir()
    for name in names:
        distribution = importlib.metadata.distribution(name)
        tops = {Path(str(file)).parts[0] for file in distribution.files or []}
        for top in tops - {"..", "__pycache__"}:
            source = Path(str(distribution.locate_file(top)))
            if source.exists() and not (target / top).exists():
                (target / top).symlink_to(source)


def test_wheel_contains_generated_code_and_imports_in_a_clean_venv(tmp_path: Path) -> None:
    _run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--quiet", "-w", tmp_path / "dist", cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("mihu_client-*.whl")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(name for name in names if name.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
        entry_points = archive.read(metadata_name.replace("METADATA", "entry_points.txt")).decode("utf-8")
    assert "mihu_client/py.typed" in names
    assert "mihu_client/_generated/__init__.py" in names
    generated = {
        f"mihu_client/{path.relative_to(ROOT / 'mihu_client').as_posix()}"
        for path in (ROOT / "mihu_client" / "_generated").rglob("*.py")
    }
    assert generated, "nothing generated"
    assert sorted(generated - names) == [], "generated modules missing from the wheel"
    assert "mihu_client/_generated/openapi.json" in names  # what mihu_client.testing serves
    assert {"mihu_client/testing/__init__.py", "mihu_client/testing/pytest_plugin.py"} <= names
    assert "[pytest11]" in entry_points and "mihu_client.testing.pytest_plugin" in entry_points
    assert "mihu_client/_generated/spec_index.json" in names  # the drift report's overlays need it
    assert not any(name.startswith(("tests/", "scripts/", "openapi/")) for name in names)
    requirements = metadata.get_all("Requires-Dist") or []
    declared = {Requirement(text).name.lower() for text in requirements}
    assert {"httpx2", "attrs", "python-dateutil"} <= declared
    assert "testing" in (metadata.get_all("Provides-Extra") or [])

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", wheel, cwd=tmp_path)
    (site_packages,) = (venv / "lib").glob("python*/site-packages")
    deps = tmp_path / "deps"
    _link_distributions(_runtime_closure(requirements), deps)
    (site_packages / "runtime-deps.pth").write_text(f"{deps}\n", encoding="utf-8")

    first = operations()[0]
    check = (
        f"import mihu_client; from mihu_client._generated.api.{first.namespace} import {first.module}; "
        "import mihu_client._generated.models; from mihu_client import DriftReport; "
        "assert DriftReport().to_overlay()['actions'] == []; print(mihu_client.__file__)"
    )
    result = _run(python, "-I", "-c", check, cwd=tmp_path)  # -I and cwd: nothing from the source tree
    assert Path(result.stdout.strip()).is_relative_to(site_packages)

    # With the `testing` extra's dependencies too, the mock serves the snapshot shipped in the wheel.
    _link_distributions(_runtime_closure(requirements, "testing") - _runtime_closure(requirements), tmp_path / "extra")
    (site_packages / "testing-deps.pth").write_text(f"{tmp_path / 'extra'}\n", encoding="utf-8")
    mock_check = (
        "import asyncio; from mihu_client.testing import MihuMock\n"
        "async def main():\n"
        "    mock = MihuMock()\n"
        "    async with mock.client() as mihu:\n"
        "        await mihu.contacts.list()\n"
        "    assert mock.calls and not mock.violations\n"
        "    print(len(mock.operations))\n"
        "asyncio.run(main())"
    )
    result = _run(python, "-I", "-c", mock_check, cwd=tmp_path)
    assert int(result.stdout.strip()) > 0
