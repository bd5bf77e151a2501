"""Summarise what changed between two OpenAPI 3.x documents and what of it breaks SDK callers.

`make spec` prints this after fetching a new document so a reviewer sees, before regenerating, which
operations came and went and which changes will break code written against the current SDK. Usable on
its own: `python scripts/spec_diff.py OLD.json NEW.json [--fail-on-breaking]`.

What counts as breaking (callers written against OLD fail against NEW):
- an operation removed, its operationId renamed or its first tag changed (the generated function
  is renamed or moves to another module);
- a parameter removed, added as required or made required, or its type narrowed;
- a request body removed, added as required or made required, or its content type removed;
- a request field removed, added as required or made required, or its type narrowed;
- a success (2xx) response removed; a response field removed, made optional or its type widened
  (callers may now receive a value their code does not handle);
- enum values removed anywhere, or an enum restriction newly placed on a request value.
Added operations, optional parameters and fields, added enum values and documentation changes are
reported as notes. Error (non-2xx) response bodies are not compared: the SDK turns those into typed
exceptions without parsing them against the schema. `$ref`s are resolved (cycles are cut), so moving a
schema into components or renaming it is not reported as a change of the operations that use it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

JSON = dict[str, Any]
Side = Literal["request", "response"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# String formats that the generator maps to their own Python type; a change between them is a type change.
TYPED_STRING_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
MAX_DEPTH = 24
EXIT_BREAKING = 3


@dataclass(frozen=True)
class Operation:
    """One operation as a caller knows it: HTTP method, path template and operationId."""

    method: str
    path: str
    operation_id: str | None

    def __str__(self) -> str:
        label = f"{self.method.upper()} {self.path}"
        return f"{label} ({self.operation_id})" if self.operation_id else label


@dataclass(frozen=True)
class Change:
    """One difference found inside an operation (or the document) and whether it breaks callers."""

    message: str
    breaking: bool


@dataclass
class OperationDiff:
    """The changes between the old and the new form of one operation."""

    old: Operation
    new: Operation
    changes: list[Change] = field(default_factory=list)


@dataclass
class SpecDiff:
    """Everything that differs between two documents, in a stable order."""

    old_count: int = 0
    new_count: int = 0
    added: list[Operation] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    changed: list[OperationDiff] = field(default_factory=list)
    document: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[str]:
        """One line per breaking change, prefixed by the operation it concerns."""
        lines = [f"{op}: operation removed" for op in self.removed]
        for diff in self.changed:
            lines.extend(f"{diff.new}: {change.message}" for change in diff.changes if change.breaking)
        lines.extend(change.message for change in self.document if change.breaking)
        return lines

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.document)


# --- $ref resolution ------------------------------------------------------------------------------


class _Document:
    """A document plus $ref resolution within it (local refs only; others stay opaque)."""

    def __init__(self, root: Any) -> None:
        self.root: JSON = root if isinstance(root, dict) else {}

    def _pointer(self, ref: str) -> Any:
        node: Any = self.root
        for raw in ref[2:].split("/") if ref != "#" else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None
        return node

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """Follow a chain of local $refs; return the target and the last ref followed (None if none)."""
        last: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            ref = node["$ref"]
            if ref in seen:  # a ref chain pointing at itself: nothing to compare beyond it
                return {}, ref
            seen.add(ref)
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            target = self._pointer(ref)
            if target is None:
                return node, ref  # unresolvable: compare the ref text itself
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
            last = ref
        return node, last


# --- operations -----------------------------------------------------------------------------------


def _operations(doc: _Document) -> dict[tuple[str, str], tuple[Operation, JSON, list[Any]]]:
    """Map (method, path) to the operation, its object and the path-level parameters."""
    result: dict[tuple[str, str], tuple[Operation, JSON, list[Any]]] = {}
    paths = doc.root.get("paths")
    if not isinstance(paths, dict):
        return result
    for path, raw_item in paths.items():
        item, _ = doc.resolve(raw_item)
        if not isinstance(item, dict):
            continue
        shared = _list(item.get("parameters"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                operation_id = op.get("operationId") if isinstance(op.get("operationId"), str) else None
                result[(method, path)] = (Operation(method, path, operation_id), op, shared)
    return result


def count_operations(document: Any) -> int:
    return len(_operations(_Document(document)))


def _template(path: str) -> str:
    """The path with parameter names blanked, so renaming `{id}` to `{uuid}` still matches."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _pair_operations(
    old: dict[tuple[str, str], Any], new: dict[tuple[str, str], Any]
) -> tuple[list[tuple[tuple[str, str], tuple[str, str]]], list[tuple[str, str]], list[tuple[str, str]]]:
    """Pair old and new operations: same method+path, then same method+path template, then same operationId."""
    pairs = [(key, key) for key in old if key in new]
    removed = [key for key in old if key not in new]
    added = [key for key in new if key not in old]

    def match(identity: Any) -> None:
        old_ids: dict[Any, list[tuple[str, str]]] = {}
        new_ids: dict[Any, list[tuple[str, str]]] = {}
        for key in removed:
            old_ids.setdefault(identity(key, old[key][0]), []).append(key)
        for key in added:
            new_ids.setdefault(identity(key, new[key][0]), []).append(key)
        for ident, olds in old_ids.items():
            news = new_ids.get(ident, [])
            if ident is not None and len(olds) == 1 and len(news) == 1:
                pairs.append((olds[0], news[0]))
                removed.remove(olds[0])
                added.remove(news[0])

    match(lambda key, op: (key[0], _template(key[1])))
    match(lambda key, op: op.operation_id)
    return pairs, removed, added


# --- schemas --------------------------------------------------------------------------------------


@dataclass
class _Shape:
    """What matters of a schema for comparison, after resolving refs and flattening compositions."""

    types: frozenset[str]
    enum: list[Any] | None
    properties: dict[str, Any]
    required: frozenset[str]
    items: Any
    additional: Any


@dataclass(frozen=True)
class _Where:
    """Where a schema sits: a label (e.g. "response 200") and a field path inside it (e.g. "data.items[].id")."""

    label: str
    path: str

    def field(self, name: str) -> _Where:
        if name in ("[]", "{*}"):
            return _Where(self.label, f"{self.path}{name}")
        return _Where(self.label, f"{self.path}.{name}" if self.path else name)

    def says(self, text: str) -> str:
        return f"{self.label}: field '{self.path}' {text}" if self.path else f"{self.label} {text}"


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of the `narrow` types is also one of the `wide` types (an int is a number)."""
    if "any" in wide:
        return True
    return all(name in wide or (name == "integer" and "number" in wide) for name in narrow)


def _has_refs(schema: Any) -> bool:
    return '"$ref"' in _json_key(schema)


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _label(types: Iterable[str]) -> str:
    return " | ".join(sorted(types)) or "nothing"


def _enum_text(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


class _Comparer:
    """Compares two documents' schemas, collecting `Change`s."""

    def __init__(self, old: _Document, new: _Document) -> None:
        self.old = old
        self.new = new

    def shape(self, doc: _Document, raw: Any, depth: int = 0) -> _Shape:
        schema, _ = doc.resolve(raw)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return _Shape(frozenset({"any"}), None, {}, frozenset(), None, None)
        properties: dict[str, Any] = dict(_dict(schema.get("properties")))
        required = {name for name in _list(schema.get("required")) if isinstance(name, str)}
        types = self._own_types(schema)
        enum = list(schema["enum"]) if isinstance(schema.get("enum"), list) else None
        items = schema.get("items")
        additional = schema.get("additionalProperties")

        for member_raw in _list(schema.get("allOf")):
            member = self.shape(doc, member_raw, depth + 1)
            properties.update(member.properties)
            required |= member.required
            if "any" in types and "any" not in member.types:
                types = member.types
            elif "any" not in member.types:
                types = (types & member.types) or types
            enum = enum if enum is not None else member.enum
            items = items if items is not None else member.items
            additional = additional if additional is not None else member.additional

        variants = [self.shape(doc, v, depth + 1) for key in ("anyOf", "oneOf") for v in _list(schema.get(key))]
        if variants:
            union = frozenset().union(*(v.types for v in variants))
            types = union if "any" in types else (types & union) or union
            for variant in variants:
                for name, prop in variant.properties.items():
                    properties.setdefault(name, prop)
            required |= frozenset.intersection(*(v.required for v in variants))
            if enum is None and all(v.enum is not None for v in variants):
                enum = [value for v in variants for value in v.enum or []]
            if items is None:
                items = next((v.items for v in variants if v.items is not None), None)
        if schema.get("nullable") is True and "any" not in types:
            types = types | {"null"}
        return _Shape(frozenset(types), enum, properties, frozenset(required), items, additional)

    @staticmethod
    def _own_types(schema: JSON) -> frozenset[str]:
        declared = schema.get("type")
        names = [declared] if isinstance(declared, str) else [t for t in _list(declared) if isinstance(t, str)]
        if not names:
            if "properties" in schema or isinstance(schema.get("additionalProperties"), dict):
                names = ["object"]
            elif "items" in schema:
                names = ["array"]
            elif isinstance(schema.get("enum"), list) and schema["enum"]:
                names = sorted({_json_type(v) for v in schema["enum"]})
            else:
                return frozenset({"any"})
        fmt = schema.get("format")
        if fmt in TYPED_STRING_FORMATS:
            names = [f"string({fmt})" if name == "string" else name for name in names]
        if "integer" in names and "number" in names:
            names.remove("integer")
        return frozenset(names)

    def compare(self, old_raw: Any, new_raw: Any, label: str, side: Side, out: list[Change]) -> None:
        """Compare two schemas found at `label` (e.g. "response 200"), appending to `out`."""
        self._compare(old_raw, new_raw, _Where(label, ""), side, out, frozenset(), 0)

    def _compare(
        self,
        old_raw: Any,
        new_raw: Any,
        where: _Where,
        side: Side,
        out: list[Change],
        stack: frozenset[tuple[str, str]],
        depth: int,
    ) -> None:
        old_schema, old_ref = self.old.resolve(old_raw)
        new_schema, new_ref = self.new.resolve(new_raw)
        if old_ref is not None and new_ref is not None:
            if (old_ref, new_ref) in stack:
                return  # a recursive schema: this pair is already being compared further up
            stack = stack | {(old_ref, new_ref)}
        if depth > MAX_DEPTH or (old_schema == new_schema and not _has_refs(old_schema)):
            return
        old = self.shape(self.old, old_schema)
        new = self.shape(self.new, new_schema)
        self._compare_types(old, new, where, side, out)
        self._compare_enums(old, new, where, side, out)

        for name in old.properties:
            if name not in new.properties:
                out.append(Change(where.field(name).says("removed"), True))
        for name in new.properties:
            if name not in old.properties:
                if side == "request" and name in new.required:
                    out.append(Change(where.field(name).says("added, required"), True))
                else:
                    out.append(Change(where.field(name).says("added"), False))
        for name in old.properties:
            if name in new.properties:
                child = where.field(name)
                self._compare_required(name in old.required, name in new.required, child, side, out)
                self._compare(old.properties[name], new.properties[name], child, side, out, stack, depth + 1)
        if isinstance(old.items, dict) and isinstance(new.items, dict):
            self._compare(old.items, new.items, where.field("[]"), side, out, stack, depth + 1)
        if isinstance(old.additional, dict) and isinstance(new.additional, dict):
            self._compare(old.additional, new.additional, where.field("{*}"), side, out, stack, depth + 1)

    @staticmethod
    def _compare_types(old: _Shape, new: _Shape, where: _Where, side: Side, out: list[Change]) -> None:
        if old.types == new.types:
            return
        # Requests: the new schema must accept every value callers send today. Responses: the new schema
        # must not produce a value that callers do not handle today.
        wide, narrow = (new.types, old.types) if side == "request" else (old.types, new.types)
        breaking = not _covers(wide, narrow)
        out.append(Change(where.says(f"type changed from {_label(old.types)} to {_label(new.types)}"), breaking))

    @staticmethod
    def _compare_enums(old: _Shape, new: _Shape, where: _Where, side: Side, out: list[Change]) -> None:
        if old.enum is None and new.enum is None:
            return
        if old.enum is None and new.enum is not None:
            values = _enum_text(_json_key(v) for v in new.enum)
            out.append(Change(where.says(f"now restricted to enum values {values}"), side == "request"))
            return
        if new.enum is None:
            out.append(Change(where.says("enum restriction lifted"), side == "response"))
            return
        old_values = {_json_key(v) for v in old.enum or []}
        new_values = {_json_key(v) for v in new.enum}
        if gone := old_values - new_values:
            out.append(Change(where.says(f"enum values removed: {_enum_text(gone)}"), True))
        if extra := new_values - old_values:
            out.append(Change(where.says(f"enum values added: {_enum_text(extra)}"), False))

    @staticmethod
    def _compare_required(was: bool, now: bool, where: _Where, side: Side, out: list[Change]) -> None:
        if was == now:
            return
        if side == "request":
            out.append(Change(where.says("is now required" if now else "is now optional"), now))
        else:
            out.append(Change(where.says("is now always present" if now else "may now be absent"), not now))

    # --- operations -------------------------------------------------------------------------------

    def parameters(self, doc: _Document, op: JSON, shared: list[Any]) -> dict[tuple[str, str], JSON]:
        result: dict[tuple[str, str], JSON] = {}
        own = _list(op.get("parameters"))
        for raw in [*shared, *own]:  # operation-level parameters override path-level ones
            param, _ = doc.resolve(raw)
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                result[(str(param.get("in", "query")), param["name"])] = param
        return result

    def operation(self, old: tuple[Operation, JSON, list[Any]], new: tuple[Operation, JSON, list[Any]]) -> list[Change]:
        (old_op, old_obj, old_shared), (new_op, new_obj, new_shared) = old, new
        out: list[Change] = []
        if old_op.path != new_op.path:
            out.append(Change(f"path changed from {old_op.path}", False))
        if old_op.operation_id != new_op.operation_id:
            msg = f"operationId renamed from {old_op.operation_id} (the generated function is renamed)"
            out.append(Change(msg, True))
        old_tag, new_tag = _first_tag(old_obj), _first_tag(new_obj)
        if old_tag != new_tag:
            out.append(Change(f"tag changed from {old_tag} to {new_tag} (the generated module moves)", True))
        if new_obj.get("deprecated") is True and old_obj.get("deprecated") is not True:
            out.append(Change("now deprecated", False))
        self._parameters(old_obj, old_shared, new_obj, new_shared, out)
        self._request_body(old_obj, new_obj, out)
        self._responses(old_obj, new_obj, out)
        return out

    def _parameters(
        self, old_obj: JSON, old_shared: list[Any], new_obj: JSON, new_shared: list[Any], out: list[Change]
    ) -> None:
        old_params = self.parameters(self.old, old_obj, old_shared)
        new_params = self.parameters(self.new, new_obj, new_shared)
        for key, param in old_params.items():
            what = f"{key[0]} parameter '{key[1]}'"
            if key not in new_params:
                out.append(Change(f"{what} removed", True))
                continue
            new_param = new_params[key]
            was, now = param.get("required") is True, new_param.get("required") is True
            self._compare_required(was, now, _Where(what, ""), "request", out)
            self.compare(param.get("schema"), new_param.get("schema"), what, "request", out)
        for key, param in new_params.items():
            if key not in old_params:
                required = param.get("required") is True
                kind = "new required" if required else "new optional"
                out.append(Change(f"{kind} {key[0]} parameter '{key[1]}'", required))

    def _request_body(self, old_obj: JSON, new_obj: JSON, out: list[Change]) -> None:
        old_body, _ = self.old.resolve(old_obj.get("requestBody"))
        new_body, _ = self.new.resolve(new_obj.get("requestBody"))
        if not isinstance(old_body, dict) and not isinstance(new_body, dict):
            return
        if not isinstance(new_body, dict):
            out.append(Change("request body removed", True))
            return
        if not isinstance(old_body, dict):
            required = new_body.get("required") is True
            out.append(Change("new required request body" if required else "new optional request body", required))
            return
        was, now = old_body.get("required") is True, new_body.get("required") is True
        self._compare_required(was, now, _Where("request body", ""), "request", out)
        old_content = _dict(old_body.get("content"))
        new_content = _dict(new_body.get("content"))
        for media, entry in old_content.items():
            if media not in new_content:
                out.append(Change(f"request body content type {media} removed", True))
                continue
            where = "request body" if len(old_content) == 1 else f"request body ({media})"
            self.compare(_schema_of(entry), _schema_of(new_content[media]), where, "request", out)
        for media in new_content:
            if media not in old_content:
                out.append(Change(f"request body content type {media} added", False))

    def _responses(self, old_obj: JSON, new_obj: JSON, out: list[Change]) -> None:
        old_responses = _dict(old_obj.get("responses"))
        new_responses = _dict(new_obj.get("responses"))
        for code, raw in old_responses.items():
            success = str(code).startswith("2")
            if code not in new_responses:
                out.append(Change(f"response {code} removed", success))
                continue
            if not success:
                continue
            old_response, _ = self.old.resolve(raw)
            new_response, _ = self.new.resolve(new_responses[code])
            old_content = _content(old_response)
            new_content = _content(new_response)
            for media, entry in old_content.items():
                if media not in new_content:
                    out.append(Change(f"response {code} content type {media} removed", True))
                    continue
                where = f"response {code}" if len(old_content) == 1 else f"response {code} ({media})"
                self.compare(_schema_of(entry), _schema_of(new_content[media]), where, "response", out)
            for media in new_content:
                if media not in old_content:
                    out.append(Change(f"response {code} content type {media} added", False))
        for code in new_responses:
            if code not in old_responses:
                out.append(Change(f"response {code} added", False))


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _first_tag(op: JSON) -> str | None:
    tags = op.get("tags")
    return tags[0] if isinstance(tags, list) and tags and isinstance(tags[0], str) else None


def _content(response: Any) -> JSON:
    return _dict(response.get("content")) if isinstance(response, dict) else {}


def _dict(value: Any) -> JSON:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _schema_of(media_entry: Any) -> Any:
    return media_entry.get("schema") if isinstance(media_entry, dict) else None


# --- the whole document ---------------------------------------------------------------------------


def diff_documents(old_document: Any, new_document: Any) -> SpecDiff:
    """Compare two parsed OpenAPI documents."""
    old, new = _Document(old_document), _Document(new_document)
    old_ops, new_ops = _operations(old), _operations(new)
    pairs, removed, added = _pair_operations(old_ops, new_ops)
    comparer = _Comparer(old, new)
    result = SpecDiff(old_count=len(old_ops), new_count=len(new_ops))
    result.removed = sorted((old_ops[key][0] for key in removed), key=_sort_key)
    result.added = sorted((new_ops[key][0] for key in added), key=_sort_key)
    for old_key, new_key in pairs:
        changes = comparer.operation(old_ops[old_key], new_ops[new_key])
        if changes:
            result.changed.append(OperationDiff(old_ops[old_key][0], new_ops[new_key][0], changes))
    result.changed.sort(key=lambda diff: _sort_key(diff.new))
    result.document = list(_document_changes(old.root, new.root))
    return result


def _sort_key(op: Operation) -> tuple[str, int]:
    return op.path, HTTP_METHODS.index(op.method)


def _document_changes(old: JSON, new: JSON) -> Iterator[Change]:
    old_version = _dict(old.get("info")).get("version")
    new_version = _dict(new.get("info")).get("version")
    if old_version != new_version:
        yield Change(f"info.version changed from {old_version} to {new_version}", False)
    if old.get("openapi") != new.get("openapi"):
        yield Change(f"openapi version changed from {old.get('openapi')} to {new.get('openapi')}", False)
    old_schemas = set(_dict(_dict(old.get("components")).get("schemas")))
    new_schemas = set(_dict(_dict(new.get("components")).get("schemas")))
    if gone := sorted(old_schemas - new_schemas):
        yield Change(f"component schemas removed: {', '.join(gone)}", False)
    if extra := sorted(new_schemas - old_schemas):
        yield Change(f"component schemas added: {', '.join(extra)}", False)


def format_summary(diff: SpecDiff, max_notes: int = 10) -> list[str]:
    """Human-readable lines; the first one is a headline that stands on its own.

    Breaking changes are always listed in full; notes are cut at `max_notes` per operation, since one
    changed shared schema repeats in every operation that uses it.
    """
    breaking = diff.breaking
    if diff.is_empty:
        return [f"no change that affects callers ({diff.new_count} operations); descriptions or formatting differ"]
    lines = [
        f"operations: {diff.old_count} -> {diff.new_count}; {len(diff.added)} added, {len(diff.removed)} removed,"
        f" {len(diff.changed)} changed; {len(breaking)} breaking change(s)"
    ]
    if breaking:
        lines.append("BREAKING:")
        lines.extend(f"  ! {line}" for line in breaking)
    if diff.added:
        lines.append("added:")
        lines.extend(f"  + {op}" for op in diff.added)
    if diff.removed:
        lines.append("removed:")
        lines.extend(f"  - {op}" for op in diff.removed)
    if diff.changed:
        lines.append("changed:")
        for op_diff in diff.changed:
            lines.append(f"  ~ {op_diff.new}")
            notes = [c for c in op_diff.changes if not c.breaking]
            lines.extend(f"      BREAKING: {c.message}" for c in op_diff.changes if c.breaking)
            lines.extend(f"      note: {c.message}" for c in notes[:max_notes])
            if len(notes) > max_notes:
                lines.append(f"      note: ... and {len(notes) - max_notes} more")
    if diff.document:
        lines.append("document:")
        lines.extend(f"  {'BREAKING' if c.breaking else 'note'}: {c.message}" for c in diff.document)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Summarise the changes between two OpenAPI 3.x documents and flag those that break callers.",
        epilog=f"Exit status: 0 compared (breaking or not), {EXIT_BREAKING} breaking changes with "
        "--fail-on-breaking, 1 a file could not be read or parsed.",
    )
    parser.add_argument("old", type=Path, help="the previous document (JSON)")
    parser.add_argument("new", type=Path, help="the new document (JSON)")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help=f"exit {EXIT_BREAKING} if anything breaks callers"
    )
    args = parser.parse_args(argv)
    documents = []
    for path in (args.old, args.new):
        try:
            documents.append(json.loads(path.read_bytes()))
        except (OSError, ValueError) as exc:
            print(f"spec_diff: cannot read {path}: {exc}", file=sys.stderr)
            return 1
    diff = diff_documents(documents[0], documents[1])
    print("\n".join(format_summary(diff)))
    return EXIT_BREAKING if args.fail_on_breaking and diff.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
