"""Response bodies made from the spec: its examples where they are valid, else values built from the schema.

Values depend only on the seed, the operation and the page asked for, so a test sees the same body every
run; each body is checked against its schema before it is served.
"""

from __future__ import annotations

import base64
import copy
import datetime
import random
import uuid
from typing import Any

from ._spec import JSON, Operation, Spec, json_media
from ._validation import SchemaChecker

__all__ = ["NO_EXAMPLE", "SampleGenerator"]

NO_EXAMPLE: Any = object()
_EPOCH = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


class SampleGenerator:
    """Builds schema-valid JSON values for one document."""

    def __init__(self, spec: Spec, checker: SchemaChecker, *, max_depth: int = 6) -> None:
        self._spec = spec
        self._checker = checker
        self._max_depth = max_depth

    def response_body(self, operation: Operation, status: int, rng: random.Random) -> Any:
        """A valid body for the operation's `status` response; NO_EXAMPLE when it declares no JSON body."""
        media = json_media(operation.response(status))
        schema = media.get("schema") if media is not None else None
        if media is None or not isinstance(schema, dict):
            return NO_EXAMPLE
        example = self.example(media, schema)
        if example is not NO_EXAMPLE:
            return example
        body = self.instance(schema, rng)
        if self._checker.errors(body, schema, mode="response", location="body"):
            body = self.instance(schema, rng, required_only=True)
        return body

    def example(self, node: JSON, schema: JSON) -> Any:
        """The node's example (or first of `examples`) when valid against `schema`, else NO_EXAMPLE."""
        if "example" in node:
            value = node["example"]
        elif isinstance(node.get("examples"), list) and node["examples"]:
            value = node["examples"][0]
        elif isinstance(node.get("examples"), dict) and node["examples"]:
            first = self._spec.resolve(next(iter(node["examples"].values())))
            if not isinstance(first, dict) or "value" not in first:
                return NO_EXAMPLE
            value = first["value"]
        else:
            return NO_EXAMPLE
        bare = {key: v for key, v in schema.items() if key not in ("example", "examples")}
        if self._checker.errors(value, bare, mode="response", location="body", cache=False):
            return NO_EXAMPLE
        return copy.deepcopy(value)

    def instance(
        self,
        schema: Any,
        rng: random.Random,
        *,
        name: str = "",
        depth: int = 0,
        refs: tuple[str, ...] = (),
        required_only: bool = False,
    ) -> Any:
        """A value valid against `schema` (examples first), preferring every optional property up to a depth."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if refs.count(ref) >= 2:
                raise RecursionError(f"schema recursion through {ref}")
            return self.instance(
                self._spec.resolve(schema), rng, name=name, depth=depth, refs=(*refs, ref), required_only=required_only
            )
        if not isinstance(schema, dict):
            return f"{name or 'value'}-{rng.randrange(16**4):04x}"
        example = self.example(schema, schema)
        if example is not NO_EXAMPLE:
            return example
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        values = [v for v in schema.get("enum") or [] if v is not None]
        if values:
            return copy.deepcopy(rng.choice(values))
        if "allOf" in schema:
            return self.instance(
                self._merge_all_of(schema), rng, name=name, depth=depth, refs=refs, required_only=required_only
            )
        for keyword in ("oneOf", "anyOf"):
            if schema.get(keyword):
                return self._union(schema, keyword, rng, name, depth, refs, required_only)
        kind = _type(schema)
        if kind == "object":
            return self._object(schema, rng, depth, refs, required_only)
        if kind == "array":
            return self._array(schema, rng, name, depth, refs, required_only)
        if kind == "integer":
            return int(_number(schema, rng, integer=True))
        if kind == "number":
            return _number(schema, rng, integer=False)
        if kind == "boolean":
            return rng.random() < 0.5
        if kind == "null":
            return None
        return _string(schema, rng, name)

    def _merge_all_of(self, schema: JSON) -> JSON:
        merged: JSON = {key: value for key, value in schema.items() if key not in ("allOf", "example", "examples")}
        merged["properties"] = dict(merged.get("properties") or {})
        merged["required"] = list(merged.get("required") or [])
        for part in schema["allOf"]:
            part = self._spec.resolve(part)
            if "allOf" in part:
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"].update(value)
                elif key == "required":
                    merged["required"] = list(dict.fromkeys([*merged["required"], *value]))
                elif key not in merged and key not in ("example", "examples"):
                    merged[key] = value
        if merged["properties"] and "type" not in merged:
            merged["type"] = "object"
        return merged

    def _union(
        self,
        schema: JSON,
        keyword: str,
        rng: random.Random,
        name: str,
        depth: int,
        refs: tuple[str, ...],
        required_only: bool,
    ) -> Any:
        """The first branch (null last) whose value is valid against the whole union: oneOf needs exactly one."""
        siblings = {k: v for k, v in schema.items() if k not in (keyword, "nullable", "discriminator", "example")}
        branches = sorted(
            schema[keyword], key=lambda b: _type(self._spec.resolve(b)) == "null" or b == {"enum": [None]}
        )
        candidate: Any = None
        for branch in branches:
            part = {"allOf": [branch, siblings]} if siblings else branch
            candidate = self.instance(part, rng, name=name, depth=depth + 1, refs=refs, required_only=required_only)
            if not self._checker.errors(candidate, schema, mode="response", location="body"):
                return candidate
        return candidate

    def _object(self, schema: JSON, rng: random.Random, depth: int, refs: tuple[str, ...], required_only: bool) -> JSON:
        required = set(schema.get("required") or [])
        result: JSON = {}
        for name, prop in (schema.get("properties") or {}).items():
            resolved = self._spec.resolve(prop)
            if isinstance(resolved, dict) and resolved.get("writeOnly"):
                continue
            if name not in required and (required_only or depth >= self._max_depth):
                continue
            try:
                result[name] = self.instance(
                    prop, rng, name=name, depth=depth + 1, refs=refs, required_only=required_only
                )
            except RecursionError:
                if name in required:
                    raise
        extra = schema.get("additionalProperties")
        index = 0
        while len(result) < int(schema.get("minProperties", 0)):
            result[f"key{index}"] = self.instance(extra if isinstance(extra, dict) else {}, rng, depth=depth + 1)
            index += 1
        return result

    def _array(
        self, schema: JSON, rng: random.Random, name: str, depth: int, refs: tuple[str, ...], required_only: bool
    ) -> list[Any]:
        low = int(schema.get("minItems", 0))
        count = max(low, 0 if depth >= self._max_depth else 2)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        item = schema.get("items") or {}
        try:
            return [
                self.instance(item, rng, name=name, depth=depth + 1, refs=refs, required_only=required_only)
                for _ in range(count)
            ]
        except RecursionError:
            if low:
                raise
            return []


def _type(schema: JSON) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), kind[0] if kind else None)
    if kind is None and "properties" in schema:
        return "object"
    if kind is None and "items" in schema:
        return "array"
    return kind if isinstance(kind, str) else None


def _number(schema: JSON, rng: random.Random, *, integer: bool) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    step = 1 if integer else 0.01
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(exclusive_low, int | float) and not isinstance(exclusive_low, bool):
        low = exclusive_low + step
    elif exclusive_low is True and low is not None:
        low += step
    if isinstance(exclusive_high, int | float) and not isinstance(exclusive_high, bool):
        high = exclusive_high - step
    elif exclusive_high is True and high is not None:
        high -= step
    low = 1 if low is None else low
    high = low + 999 if high is None else high
    multiple = schema.get("multipleOf")
    if integer:
        value: float = rng.randint(int(-(-low // 1)), max(int(-(-low // 1)), int(high // 1)))
    else:
        value = round(rng.uniform(low, high), 2)
        value = min(max(value, low), high)
    if multiple:
        value = multiple * -(-value // multiple)
    return value


def _string(schema: JSON, rng: random.Random, name: str) -> str:
    fmt = schema.get("format")
    if fmt == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if fmt == "date-time":
        moment = _EPOCH + datetime.timedelta(seconds=rng.randrange(365 * 86400))
        return moment.isoformat().replace("+00:00", "Z")
    if fmt == "date":
        return (_EPOCH + datetime.timedelta(days=rng.randrange(365))).date().isoformat()
    if fmt == "time":
        return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:00"
    number = rng.randrange(10**6)
    by_format = {
        "email": f"user{number}@example.com",
        "idn-email": f"user{number}@example.com",
        "uri": f"https://example.com/{name or 'resource'}/{number}",
        "url": f"https://example.com/{name or 'resource'}/{number}",
        "uri-reference": f"/{name or 'resource'}/{number}",
        "hostname": f"host{number}.example.com",
        "ipv4": f"192.0.2.{number % 255}",
        "ipv6": f"2001:db8::{number % 65535:x}",
        "byte": base64.b64encode(f"{name}-{number}".encode()).decode(),
        "phone": f"+1555{number:07d}",
    }
    value = by_format.get(str(fmt), f"{name or 'value'}-{number:06d}")
    minimum, maximum = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(value) < minimum:
        value += "x" * (minimum - len(value))
    if maximum is not None and len(value) > int(maximum):
        value = value[: int(maximum)]
    return value
