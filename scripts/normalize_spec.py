"""Rewrite known quirks of the Mihu OpenAPI document before generation.

The generator is strict about a few things the vendor's document gets wrong; fixing them here keeps
generated code free of hand edits. Each rule is small, idempotent and reported, so `make generate`
shows what it changed. Fixes an OpenAPI Overlay can express are overlays (openapi/overlays/), applied
before these rules; only rewrites that restructure a node stay here.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]


def _walk_schemas(node: Any, path: str = "#") -> Iterator[tuple[str, JSON]]:
    """Yield every schema-like dict in the document, depth first."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk_schemas(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_schemas(value, f"{path}/{index}")


def _nullable_enum_as_union(schema: JSON) -> bool:
    """Make a nullable enum an explicit `enum | null` union.

    The generator ignores OpenAPI 3.0's `nullable` on an enum (a null from the server would fail to
    parse) and, when null is added to the values instead, emits three overlapping enum classes. A
    one-member anyOf that carries `nullable` yields `SomeEnumType0 | None`, which is what the field is.
    """
    if schema.get("nullable") is not True or not isinstance(schema.get("enum"), list):
        return False
    inner = {
        key: schema.pop(key) for key in list(schema) if key not in ("nullable", "description", "example", "default")
    }
    inner["enum"] = [value for value in inner["enum"] if value is not None]
    schema["anyOf"] = [inner]
    return True


RULES = (_nullable_enum_as_union,)
"""Rewrites an overlay cannot express (they move parts of a node); the others live in openapi/overlays/."""

DISCRIMINATOR_VALUES = "x-discriminator-values"
"""Set on a component schema a discriminator maps to: {property name: [the values that select it]}."""


def _discriminator_values(document: JSON) -> list[str]:
    """Mark each schema a discriminator selects with the values that select it.

    The generator drops `discriminator`, so a union of objects could only be told apart by required
    properties; with the mark, the templates also check the discriminator property of each member.
    """
    schemas = document.get("components", {}).get("schemas", {})
    marks: dict[str, dict[str, set[str]]] = {}
    for _, node in list(_walk_schemas(document)):
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            continue
        pairs = [(value, ref) for value, ref in (discriminator.get("mapping") or {}).items()]
        mapped = {ref for _, ref in pairs}
        members = [member.get("$ref") for member in node.get("oneOf", []) + node.get("anyOf", [])]
        pairs += [(ref.rsplit("/", 1)[-1], ref) for ref in members if isinstance(ref, str) and ref not in mapped]
        for value, ref in pairs:
            name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else ref
            if isinstance(schemas.get(name), dict):
                marks.setdefault(name, {}).setdefault(discriminator["propertyName"], set()).add(value)
    changes = []
    for name, by_property in sorted(marks.items()):
        wanted = {prop: sorted(values) for prop, values in sorted(by_property.items())}
        if schemas[name].get(DISCRIMINATOR_VALUES) != wanted:
            schemas[name][DISCRIMINATOR_VALUES] = wanted
            changes.append(f"_discriminator_values: #/components/schemas/{name}")
    return changes


def normalize(document: JSON) -> tuple[JSON, list[str]]:
    """Return a normalised copy of `document` and one line per change made."""
    result = copy.deepcopy(document)
    changes: list[str] = []
    for path, node in _walk_schemas(result):
        for rule in RULES:
            if rule(node):
                changes.append(f"{rule.__name__}: {path}")
    changes += _discriminator_values(result)
    return result, changes
