"""Generate a small spec through our templates into a throwaway package and import it.

The package sits beside mihu_client rather than inside it: `<name>/_generated` holds the generated code,
and `<name>/_errors.py`, `_resource.py`, … stand for the hand-written modules the generated code imports
relatively (each one *is* the mihu_client module, so errors and types are shared with the SDK).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import generate  # noqa: E402

HAND_WRITTEN = ("_errors", "_resource", "_response", "_pagination", "_unset", "_options")
# The star import is for type checkers; at run time the module replaces itself with mihu_client's.
ALIAS = "import sys\n\nimport mihu_client.{0} as _module\nfrom mihu_client.{0} import *  # noqa: F403\n\nsys.modules[__name__] = _module\n"


class GenerationFailed(AssertionError):
    pass


def generate_package(directory: Path, name: str, document: dict[str, Any], **config_changes: Any) -> ModuleType:
    """Generate `document` into `directory/name/_generated` (settings: ours plus `config_changes`) and
    import it; raises GenerationFailed with the generator's output when it refuses the spec."""
    package = directory / name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    for module in HAND_WRITTEN:
        (package / f"{module}.py").write_text(ALIAS.format(module), encoding="utf-8")
    spec = directory / f"{name}.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    config = directory / f"{name}-config.yaml"
    settings = yaml.safe_load(generate.CONFIG.read_text(encoding="utf-8"))
    config.write_text(yaml.safe_dump({**settings, **config_changes}), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = generate.run(spec, package / "_generated", config_file=config)
    if status != 0:
        raise GenerationFailed(out.getvalue())
    if str(directory) not in sys.path:
        sys.path.insert(0, str(directory))
    importlib.invalidate_caches()
    return importlib.import_module(f"{name}._generated")


def generate_despite_warnings(directory: Path, name: str, document: dict[str, Any]) -> Path:
    """Our templates on a spec the generator skips parts of (generate.py refuses such a spec; this shows
    the code would still be valid): the generator called directly, warnings ignored, no post hooks."""
    from openapi_python_client import generate as generate_client
    from openapi_python_client.config import Config, ConfigFile, MetaType

    spec = directory / f"{name}.json"
    spec.write_text(json.dumps(generate.normalize(document)[0]), encoding="utf-8")
    config = directory / f"{name}-config.yaml"
    settings = yaml.safe_load(generate.CONFIG.read_text(encoding="utf-8"))
    config.write_text(yaml.safe_dump({**settings, "post_hooks": []}), encoding="utf-8")
    target = directory / name / "_generated"
    loaded = Config.from_sources(
        ConfigFile.load_from_path(config), MetaType.NONE, spec, "utf-8", overwrite=True, output_path=target
    )
    with contextlib.redirect_stdout(io.StringIO()):
        generate_client(config=loaded, custom_template_path=generate.TEMPLATES)
    return target


def forget(name: str) -> None:
    """Drop a generated package from sys.modules (its files go with the temporary directory)."""
    for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
        del sys.modules[module]


@contextlib.contextmanager
def strict_parsing(types: ModuleType, on: bool = True) -> Iterator[None]:
    token = types.STRICT.set(on)
    try:
        yield
    finally:
        types.STRICT.reset(token)
