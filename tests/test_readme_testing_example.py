"""The README's testing example is the code in examples/, verbatim, and its tests pass.

They run in a separate pytest process, as a user's suite would: outside tests/ (whose conftest has its
own `mihu` fixture), in pytest-asyncio's strict mode, with the `mihu_mock` and `mihu` fixtures coming
from the plugin that the package's `pytest11` entry point registers.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FILES = ("examples/fastapi_app.py", "examples/test_fastapi_app.py")


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", markdown, flags=re.DOTALL | re.MULTILINE)


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_the_readme_shows_the_example_file_verbatim(name: str) -> None:
    source = (ROOT / name).read_text(encoding="utf-8")
    assert source in python_blocks((ROOT / "README.md").read_text(encoding="utf-8")), (
        f"README.md must show {name} exactly as it is in a ```python block"
    )


def test_the_example_tests_pass_with_the_installed_plugin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", EXAMPLE_FILES[1], "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=strict"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    tests = sum(1 for line in (ROOT / EXAMPLE_FILES[1]).read_text().splitlines() if line.startswith("async def test_"))
    assert f"{tests} passed" in result.stdout, result.stdout
