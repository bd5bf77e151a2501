"""The drift report: where the live API's responses deviate from the spec, as lenient parsing saw it.

Every `MihuClient` has one (`mihu.drift`, shared with its `with_options` copies). Generated parsing calls
`record` for each deviation (see `_generated/types.py`); each new (schema, field, kind) is logged once at
WARNING on the `mihu_client.drift` logger. Entries carry names, kinds and counts, and for unknown enum
values the values themselves, never any other payload value (those may be personal data).

`to_overlay()` turns the report into an OpenAPI Overlay 1.0 document that makes the spec describe what
was seen: enum values appended, fields made `nullable`, unknown fields added as properties. Dropped
into `openapi/overlays/`, `make generate` applies it, closing the loop from production to the spec.
Type mismatches, missing required fields and non-ISO dates are reported but get no overlay action: the
right fix depends on values the report does not keep.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["DriftEntry", "DriftKind", "DriftReport"]

logger = logging.getLogger("mihu_client.drift")

MAX_VALUES = 50
"""Distinct unknown values kept per enum field: enough to fix the spec, bounded against a flood."""

MAX_VALUE_LENGTH = 200


class DriftKind(StrEnum):
    UNKNOWN_ENUM_VALUE = "unknown_enum_value"
    UNEXPECTED_NULL = "unexpected_null"
    TYPE_MISMATCH = "type_mismatch"
    UNKNOWN_FIELD = "unknown_field"
    MISSING_REQUIRED_FIELD = "missing_required_field"
    NON_ISO_DATE = "non_iso_date"


_DESCRIPTIONS = {
    DriftKind.UNKNOWN_ENUM_VALUE: "an enum value the spec does not list",
    DriftKind.UNEXPECTED_NULL: "null where the spec allows none",
    DriftKind.TYPE_MISMATCH: "a value of another type than the spec declares",
    DriftKind.UNKNOWN_FIELD: "a field the spec does not list",
    DriftKind.MISSING_REQUIRED_FIELD: "a required field missing",
    DriftKind.NON_ISO_DATE: "a date that is not ISO 8601",
}


@dataclass(slots=True)
class DriftEntry:
    """One (schema, field, kind) and how often it was seen.

    `schema` is the generated model (its class name) or, for a whole body, the operation;
    `field` the JSON field name (`items[]` for the items of a list field; empty for a whole body).
    """

    schema: str
    field: str
    kind: DriftKind
    count: int = 0
    values: list[str | int | float] = dataclass_field(default_factory=list)
    """The unknown enum values seen, first seen first (only for `UNKNOWN_ENUM_VALUE`)."""

    @property
    def where(self) -> str:
        return f"{self.schema}.{self.field}" if self.field else self.schema

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": self.schema, "field": self.field, "kind": str(self.kind), "count": self.count}
        if self.kind is DriftKind.UNKNOWN_ENUM_VALUE:
            data["values"] = list(self.values)
        return data


class DriftReport:
    """What drifted, per (schema, field, kind); iterate it, `len()` it, export it."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], DriftEntry] = {}

    def record(self, where: str, kind: str, value: object = None) -> None:
        """Called by generated parsing for each deviation; `value` only for an unknown enum value."""
        key = (where, kind)
        entry = self._entries.get(key)
        if entry is None:
            schema, _, name = where.partition(".")
            entry = self._entries[key] = DriftEntry(schema, name, DriftKind(kind))
            self._log_new(entry, value)
        entry.count += 1
        if value is not None and kind == DriftKind.UNKNOWN_ENUM_VALUE:
            kept = value[:MAX_VALUE_LENGTH] if isinstance(value, str) else value
            if isinstance(kept, str | int | float) and kept not in entry.values and len(entry.values) < MAX_VALUES:
                entry.values.append(kept)

    @staticmethod
    def _log_new(entry: DriftEntry, value: object) -> None:
        seen = f" {value!r:.{MAX_VALUE_LENGTH}}" if value is not None else ""
        logger.warning(
            "The API sent %s%s at %s; kept as sent (logged once; see MihuClient.drift)",
            _DESCRIPTIONS[entry.kind],
            seen,
            entry.where,
            extra={
                "mihu_drift_schema": entry.schema,
                "mihu_drift_field": entry.field,
                "mihu_drift_kind": str(entry.kind),
            },
        )

    @property
    def entries(self) -> list[DriftEntry]:
        """Every entry, sorted by schema, field and kind."""
        return sorted(self._entries.values(), key=lambda e: (e.schema, e.field, e.kind))

    def __iter__(self) -> Iterator[DriftEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __bool__(self) -> bool:
        return bool(self._entries)

    def clear(self) -> None:
        """Forget every entry; a deviation seen again is logged again."""
        self._entries.clear()

    def to_dict(self) -> dict[str, Any]:
        return {"entries": [entry.to_dict() for entry in self.entries]}

    def to_json(self, indent: int | None = 2) -> str:
        """The report as JSON: `{"entries": [{"schema", "field", "kind", "count", "values"?}, ...]}`."""
        return json.dumps(self.to_dict(), indent=indent)

    def to_overlay(self, title: str = "Drift seen by mihu-client", version: str = "1.0.0") -> dict[str, Any]:
        """An OpenAPI Overlay 1.0 document making the spec describe what was seen (see the module docstring).

        Its targets address the snapshot this SDK was generated from, after the overlays it was generated
        with: save it as `openapi/overlays/NN-drift.json` (a name sorting after those) and regenerate.
        """
        models = _spec_index()["models"]
        actions: list[dict[str, Any]] = []
        unfixed = 0
        for entry in self.entries:
            model = models.get(entry.schema)
            fix = _actions(entry, model) if model is not None else []
            actions += fix
            unfixed += not fix
        description = f"{len(actions)} action(s) from {len(self)} drift entries"
        if unfixed:
            description += f"; {unfixed} entries have no overlay fix (see the JSON report)"
        return {
            "overlay": "1.0.0",
            "info": {"title": title, "version": version, "description": description},
            "actions": actions,
        }


@cache
def _spec_index() -> dict[str, Any]:
    """Model class -> its schema's location in the spec, written by `make generate`."""
    text = resources.files("mihu_client._generated").joinpath("spec_index.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def _actions(entry: DriftEntry, model: dict[str, Any]) -> list[dict[str, Any]]:
    name = entry.field.removesuffix("[]")
    info: dict[str, Any] = model["fields"].get(name, {})
    if entry.kind is DriftKind.UNKNOWN_FIELD:
        return [{"target": _jsonpath(at), "update": {"properties": {name: {}}}} for at in model["at"]]
    if entry.kind is DriftKind.UNKNOWN_ENUM_VALUE and "enum" in info:
        return [{"target": _jsonpath(info["enum"]), "update": value} for value in entry.values]
    if entry.kind is DriftKind.UNEXPECTED_NULL and name:
        actions: list[dict[str, Any]] = []
        for at in model["at"]:
            node = info.get("node") or f"{at}/properties/{_escape(name)}"
            ref = info.get("ref")
            if entry.field.endswith("[]"):
                node, ref = f"{node}/items", info.get("items_ref")
            actions += _nullable(node, ref)
        return actions
    return []


def _nullable(node: str, ref: str | None) -> list[dict[str, Any]]:
    """Actions making the schema at `node` nullable. A `$ref` ignores sibling keys in OpenAPI 3.0, so
    a reference is replaced by a one-member `anyOf` that can carry `nullable`."""
    if ref is None:
        return [{"target": _jsonpath(node), "update": {"nullable": True}}]
    parent, _, key = node.rpartition("/")
    return [
        {"target": _jsonpath(node), "remove": True},
        {"target": _jsonpath(parent), "update": {_unescape(key): {"anyOf": [{"$ref": ref}], "nullable": True}}},
    ]


_INDEXED = frozenset({"allOf", "anyOf", "oneOf", "parameters", "prefixItems"})


def _jsonpath(pointer: str) -> str:
    """An RFC 9535 JSONPath selecting exactly the node at a JSON pointer."""
    path = "$"
    previous = ""
    for token in pointer.split("/")[1:]:
        key = _unescape(token)
        if previous in _INDEXED and key.isdigit():
            path += f"[{key}]"
        else:
            path += "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"
        previous = key
    return path


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
