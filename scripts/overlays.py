"""Apply OpenAPI Overlay 1.0 documents to the snapshot before generation: spec fixes kept as data.

`make generate` applies every `openapi/overlays/*.{yaml,yml,json}` in name order to the snapshot, then
normalises and generates. Targets are RFC 9535 JSONPath expressions, evaluated by python-jsonpath
against the document as the previous actions left it. An action either removes every node its target
selects (`remove: true`) or updates it: an object is merged with the update object (nested objects
merged key by key, any other value replaced), an array gets the update value appended, unless the
array already holds it (enum values are a set: an overlay stays correct once the vendor adds the
value itself). A target that selects nothing is reported, not an error: the vendor may have fixed the
document. `mihu.drift.to_overlay()` exports overlays in this form.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jsonpath
import yaml

__all__ = ["OVERLAY_DIR", "OverlayError", "apply_overlay", "apply_overlays", "load_overlay", "overlay_files"]

OVERLAY_DIR = Path(__file__).resolve().parent.parent / "openapi" / "overlays"
SUFFIXES = (".yaml", ".yml", ".json")

JSON = dict[str, Any]


class OverlayError(ValueError):
    """An overlay document that is not a valid Overlay 1.0 document, or an action that cannot apply."""


def overlay_files(folder: Path = OVERLAY_DIR) -> list[Path]:
    """The overlay files of `folder` in the order they apply (by name); none when it does not exist."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.suffix in SUFFIXES and path.is_file())


def load_overlay(path: Path) -> JSON:
    """Read and check one overlay file (YAML or JSON)."""
    text = path.read_text(encoding="utf-8")
    try:
        overlay = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise OverlayError(f"{path.name}: not valid {path.suffix[1:].upper()}: {exc}") from None
    check_overlay(overlay, path.name)
    return overlay  # type: ignore[no-any-return]


def check_overlay(overlay: Any, name: str) -> None:
    """The parts of Overlay 1.0 this applier relies on: version, info, and well-formed actions."""
    if not isinstance(overlay, dict):
        raise OverlayError(f"{name}: an overlay document must be an object")
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError(f"{name}: 'overlay' must be an Overlay 1.x version such as 1.0.0")
    info = overlay.get("info")
    if not isinstance(info, dict) or not info.get("title") or not info.get("version"):
        raise OverlayError(f"{name}: 'info' must have a title and a version")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{name}: 'actions' must be a non-empty list")
    for number, action in enumerate(actions, start=1):
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{name}: action {number} needs a JSONPath 'target'")
        if action.get("remove") is not True and "update" not in action:
            raise OverlayError(f"{name}: action {number} has neither 'update' nor 'remove: true'")
        try:
            jsonpath.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"{name}: action {number}: invalid target {action['target']!r}: {exc}") from None


def apply_overlay(document: JSON, overlay: JSON, name: str = "overlay") -> list[str]:
    """Apply `overlay`'s actions to `document` in place; one line per action says what it did."""
    changes: list[str] = []
    for number, action in enumerate(overlay["actions"], start=1):
        target = action["target"]
        matches = list(jsonpath.finditer(target, document))
        label = f"{name} action {number}"
        if not matches:
            changes.append(f"{label}: {target} selects nothing (already fixed upstream?)")
            continue
        if action.get("remove") is True:
            _remove(matches, label)
            changes.append(f"{label}: removed {len(matches)} node(s) at {target}")
        else:
            for match in matches:
                _update(match.obj, action["update"], label, match.path)
            changes.append(f"{label}: updated {len(matches)} node(s) at {target}")
    return changes


def apply_overlays(document: JSON, paths: Iterable[Path] | None = None) -> tuple[JSON, list[str]]:
    """A copy of `document` with the overlay files applied in order (default: `openapi/overlays/`)."""
    result = copy.deepcopy(document)
    changes: list[str] = []
    for path in overlay_files() if paths is None else paths:
        changes += apply_overlay(result, load_overlay(path), path.name)
    return result, changes


def _remove(matches: list[jsonpath.JSONPathMatch], label: str) -> None:
    def later_index_first(match: jsonpath.JSONPathMatch) -> int:
        key = match.parts[-1] if match.parts else None
        return key if isinstance(key, int) else -1

    # Later array indices first, so removing one does not shift the others.
    for match in sorted(matches, key=later_index_first, reverse=True):
        if match.parent is None:
            raise OverlayError(f"{label}: cannot remove the document root")
        container, key = match.parent.obj, match.parts[-1]
        if isinstance(container, list) and isinstance(key, int):
            del container[key]
        elif isinstance(container, dict):
            container.pop(key, None)


def _update(node: Any, update: Any, label: str, where: str) -> None:
    if isinstance(node, list):
        if update not in node:
            node.append(copy.deepcopy(update))
    elif isinstance(node, dict) and isinstance(update, dict):
        _merge(node, update)
    else:
        raise OverlayError(f"{label}: {where} is {type(node).__name__}; an update needs an object or an array")


def _merge(node: JSON, update: JSON) -> None:
    for key, value in update.items():
        if isinstance(node.get(key), dict) and isinstance(value, dict):
            _merge(node[key], value)
        else:
            node[key] = copy.deepcopy(value)
