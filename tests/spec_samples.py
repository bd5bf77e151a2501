"""Valid call arguments for every operation, built from the OpenAPI document itself.

The contract suite must cover an operation the day it appears in the snapshot, so nothing here lists
operations: they are read from openapi/api-docs.json, mapped to the generated module the same way the
generator names it, and given arguments synthesised from the spec (examples first, else the schema).
JSON samples are then turned into the Python types the generated function is annotated with.
"""

from __future__ import annotations

import copy
import datetime
import enum
import functools
import importlib
import inspect
import io
import json
import mimetypes
import types
import typing
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.config import ConfigFile
from openapi_python_client.strings import PythonIdentifier
from openapi_schema_validator import (
    OAS30WriteValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)

from mihu_client._generated.types import File, Unset

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "api-docs.json"
GENERATOR_CONFIG = ROOT / "generator-config.yaml"
GENERATED_PACKAGE = "mihu_client._generated"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

FIXED_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
FIXED_DATETIME = "2024-01-15T10:30:00Z"
FIXED_DATE = "2024-01-15"
FILE_BYTES = b"id,name\n1,sample\n"

JSON = dict[str, Any]

# String formats and a valid sample of each.
FORMAT_SAMPLES: dict[str, str] = {
    "uuid": FIXED_UUID,
    "date-time": FIXED_DATETIME,
    "date": FIXED_DATE,
    "time": "10:30:00",
    "email": "user@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "uri-reference": "/resource",
    "hostname": "example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::1",
    "byte": "c2FtcGxl",
    "password": "s3cret-Passw0rd",
    "phone": "+15555550100",
}


def load_spec(path: Path = SPEC_PATH) -> JSON:
    document: JSON = json.loads(path.read_text(encoding="utf-8"))
    return document


@functools.cache
def field_prefix() -> str:
    """The generator's prefix for identifiers that are not valid Python (generator-config.yaml)."""
    return ConfigFile.load_from_path(GENERATOR_CONFIG).field_prefix


@dataclass(frozen=True)
class Operation:
    """One operation of the document, with path-level parameters merged in."""

    method: str
    path: str
    operation_id: str
    tag: str
    spec: JSON = field(repr=False, compare=False)

    @property
    def parameters(self) -> list[JSON]:
        return list(self.spec.get("parameters", []))

    def module_name(self, prefix: str | None = None) -> str:
        """Dotted name of the generated module, named as openapi-python-client names it."""
        prefix = field_prefix() if prefix is None else prefix
        tag = PythonIdentifier(self.tag, prefix="tag")
        name = PythonIdentifier(PythonIdentifier(self.operation_id, prefix=prefix), prefix=prefix)
        return f"{GENERATED_PACKAGE}.api.{tag}.{name}"

    def function(self) -> Callable[..., Any]:
        """The generated `asyncio_detailed` coroutine function of this operation."""
        module = importlib.import_module(self.module_name())
        function: Callable[..., Any] = module.asyncio_detailed
        return function


def operations(document: JSON) -> list[Operation]:
    """Every operation in document order."""
    found: list[Operation] = []
    resolver = SampleBuilder(document)
    for path, item in document.get("paths", {}).items():
        shared = [resolver.resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            own = [resolver.resolve(p) for p in operation.get("parameters", [])]
            own_keys = {(p["name"], p["in"]) for p in own}
            merged = dict(operation, parameters=[p for p in shared if (p["name"], p["in"]) not in own_keys] + own)
            operation_id = operation.get("operationId") or _fallback_operation_id(path, method)
            tags = operation.get("tags") or ["default"]
            found.append(Operation(method, path, operation_id, tags[0], merged))
    return found


def _fallback_operation_id(path: str, method: str) -> str:
    """The id the generator derives when the spec gives none."""
    from openapi_python_client.parser.openapi import generate_operation_id
    from openapi_python_client.schema.untrusted_string import UntrustedString

    return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=field_prefix()))


class SampleBuilder:
    """Builds a JSON instance that satisfies a schema, preferring the spec's own examples.

    An example that breaks its own schema (a bug in the document: Prism would reject it) is not used;
    it is recorded in `rejected_examples` and the value is synthesised from the schema instead.
    """

    def __init__(self, document: JSON, *, required_only: bool = False, max_depth: int = 8) -> None:
        self.document = document
        self.required_only = required_only
        self.max_depth = max_depth
        self.rejected_examples: dict[str, str] = {}

    def example(self, node: JSON, schema: Any, where: str) -> Any:
        """The node's example if it is valid against `schema`, else _NO_EXAMPLE (and the reason recorded)."""
        example = _example_of(node)
        if example is _NO_EXAMPLE or schema is None:
            return example
        problem = self.violation(example, schema)
        if problem is None:
            return copy.deepcopy(example)
        self.rejected_examples[f"{where}: {json.dumps(example, default=str)}"] = problem
        return _NO_EXAMPLE

    def violation(self, value: Any, schema: Any) -> str | None:
        """Why `value` is not valid against `schema` (as a request would be checked), or None."""
        if isinstance(schema, dict):
            schema = {key: v for key, v in schema.items() if key not in ("example", "examples")}
        wrapped = {"allOf": [schema], "components": self.document.get("components", {})}
        if str(self.document.get("openapi", "3.0")).startswith("3.0"):
            validator: Any = OAS30WriteValidator(wrapped, format_checker=oas30_format_checker)
        else:
            validator = OAS31Validator(wrapped, format_checker=oas31_format_checker)
        error = next(iter(validator.iter_errors(value)), None)
        if error is None:
            return None
        location = "/".join(str(part) for part in error.absolute_path)
        return f"{location or '(value)'}: {error.message}"

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s (chains included) to the node they name."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported or circular $ref {ref!r}")
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    # -- schemas ---------------------------------------------------------------------------------------
    def instance(self, schema: Any, *, depth: int = 0, refs: tuple[str, ...] = (), where: str = "#") -> Any:
        """A JSON value valid against `schema` (OpenAPI 3.0/3.1 schema object); `where` names it in reports."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if refs.count(ref) >= 2 or depth > self.max_depth:
                raise RecursionError(f"schema recursion through {ref}")
            return self.instance(self.resolve(schema), depth=depth + 1, refs=(*refs, ref), where=ref)
        if not isinstance(schema, dict):
            return "sample"
        example = self.example(schema, schema, where)
        if example is not _NO_EXAMPLE:
            return example
        if "const" in schema:
            return schema["const"]
        values = [v for v in schema.get("enum") or [] if v is not None]
        if values:
            return values[0]
        if "allOf" in schema:
            return self.instance(self.merge_all_of(schema), depth=depth + 1, refs=refs, where=where)
        for keyword in ("oneOf", "anyOf"):
            if schema.get(keyword):
                branch = self._first_branch(schema, keyword)
                return self.instance(branch, depth=depth + 1, refs=refs, where=f"{where}/{keyword}/0")
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        kind = _schema_type(schema)
        if kind == "object":
            return self._object(schema, depth, refs, where)
        if kind == "array":
            return self._array(schema, depth, refs, where)
        if kind == "integer":
            return int(_number(schema, integer=True))
        if kind == "number":
            return _number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _string(schema)

    def merge_all_of(self, schema: JSON) -> JSON:
        """One schema equivalent to an allOf: properties, required and keywords merged, refs resolved."""
        merged: JSON = {key: value for key, value in schema.items() if key != "allOf"}
        merged.setdefault("properties", {})
        merged.setdefault("required", [])
        for part in schema["allOf"]:
            part = self.resolve(part)
            if "allOf" in part:
                part = self.merge_all_of(part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged["properties"], **value}
                elif key == "required":
                    merged["required"] = list(dict.fromkeys([*merged["required"], *value]))
                elif key not in merged:
                    merged[key] = value
        if merged["properties"] and "type" not in merged:
            merged["type"] = "object"
        return merged

    def _first_branch(self, schema: JSON, keyword: str) -> JSON:
        """The first branch that is not `null`, with the parent's sibling keywords kept."""
        branches = [b for b in schema[keyword] if _schema_type(self.resolve(b)) != "null"] or schema[keyword]
        siblings = {k: v for k, v in schema.items() if k not in (keyword, "nullable", "discriminator")}
        branch = branches[0]
        if not siblings:
            return dict(branch)
        return {"allOf": [branch, siblings]}

    def _object(self, schema: JSON, depth: int, refs: tuple[str, ...], where: str) -> JSON:
        required = set(schema.get("required", []))
        result: JSON = {}
        for name, prop in (schema.get("properties") or {}).items():
            resolved = self.resolve(prop)
            if isinstance(resolved, dict) and resolved.get("readOnly"):
                continue
            if name not in required and (self.required_only or depth >= self.max_depth):
                continue
            try:
                result[name] = self.instance(prop, depth=depth + 1, refs=refs, where=f"{where}/properties/{name}")
            except RecursionError:
                if name in required:
                    raise
        extra = schema.get("additionalProperties")
        minimum = int(schema.get("minProperties", 0))
        index = 0
        while len(result) < minimum:
            extra_schema = extra if isinstance(extra, dict) else {}
            result[f"key{index}"] = self.instance(
                extra_schema, depth=depth + 1, refs=refs, where=f"{where}/additionalProperties"
            )
            index += 1
        return result

    def _array(self, schema: JSON, depth: int, refs: tuple[str, ...], where: str) -> list[Any]:
        count = max(1, int(schema.get("minItems", 1)))
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        item = (
            self.instance(schema.get("items", {}), depth=depth + 1, refs=refs, where=f"{where}/items")
            if count
            else None
        )
        if schema.get("uniqueItems") and count > 1:
            return [item if i == 0 else _distinct(item, i) for i in range(count)]
        return [copy.deepcopy(item) for _ in range(count)]

    # -- operations ------------------------------------------------------------------------------------
    def parameter_value(self, parameter: JSON, where: str = "") -> Any:
        """A valid value for a parameter (its example, else one built from its schema)."""
        parameter = self.resolve(parameter)
        schema = parameter.get("schema")
        if schema is None and parameter.get("content"):
            schema = next(iter(parameter["content"].values())).get("schema", {})
        schema = schema or {"type": "string"}
        where = f"{where} {parameter['in']} parameter {parameter['name']}".strip()
        example = self.example(parameter, schema, where)
        if example is not _NO_EXAMPLE:
            return example
        return self.instance(schema, where=where)

    def request_body(self, operation: Operation) -> tuple[str, Any] | None:
        """(content type, JSON instance) for the operation's body, or None without one.

        JSON bodies are preferred when several content types are offered; binary fields of a multipart
        body are given as bytes (the generated multipart models read them so).
        """
        body = operation.spec.get("requestBody")
        if body is None:
            return None
        content = self.resolve(body).get("content") or {}
        if not content:
            return None
        content_type = next((ct for ct in content if "json" in ct), next(iter(content)))
        media = content[content_type] or {}
        where = f"{operation.operation_id} request body"
        value = self.example(media, media.get("schema"), where)
        if value is _NO_EXAMPLE:
            value = self.instance(media.get("schema", {}), where=where)
        if content_type.startswith("multipart/") or content_type == "application/x-www-form-urlencoded":
            value = self._binary_fields_as_bytes(media.get("schema", {}), value)
        return content_type, value

    def _binary_fields_as_bytes(self, schema: JSON, value: Any) -> Any:
        schema = self.resolve(schema)
        if "allOf" in schema:
            schema = self.merge_all_of(schema)
        if not isinstance(value, dict):
            return value
        for name, prop in (schema.get("properties") or {}).items():
            prop = self.resolve(prop)
            if name in value and _is_binary(self, prop):
                value[name] = FILE_BYTES
        return value

    def file_part(self, operation: Operation, name: str) -> tuple[str, str]:
        """(file name, MIME type) for a multipart file field: the spec's `encoding`, else a neutral type."""
        body = self.resolve(operation.spec.get("requestBody") or {})
        for media in (body.get("content") or {}).values():
            declared = ((media or {}).get("encoding") or {}).get(name, {}).get("contentType")
            if declared:
                mime = declared.split(",")[0].strip()
                if "*" not in mime:
                    return f"{name}{mimetypes.guess_extension(mime) or '.bin'}", mime
        return f"{name}.bin", "application/octet-stream"


def _is_binary(builder: SampleBuilder, schema: JSON) -> bool:
    if schema.get("format") == "binary" or schema.get("contentMediaType") == "application/octet-stream":
        return True
    return any(_is_binary(builder, builder.resolve(b)) for k in ("anyOf", "oneOf") for b in schema.get(k, []))


_NO_EXAMPLE: Any = object()


def _example_of(node: JSON) -> Any:
    """`example`, else the first of `examples` (a JSON Schema list or an OpenAPI name → Example map)."""
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return _NO_EXAMPLE


def _schema_type(schema: JSON) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return kind if isinstance(kind, str) else None


def _number(schema: JSON, *, integer: bool) -> float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    exclusive_low = schema.get("exclusiveMinimum")
    exclusive_high = schema.get("exclusiveMaximum")
    step = 1 if integer else 0.5
    if isinstance(exclusive_low, bool):  # OpenAPI 3.0 spelling
        exclusive_low = low + step if exclusive_low and low is not None else None
    elif isinstance(exclusive_low, int | float):
        exclusive_low = exclusive_low + step
    if isinstance(exclusive_high, bool):
        exclusive_high = high - step if exclusive_high and high is not None else None
    elif isinstance(exclusive_high, int | float):
        exclusive_high = exclusive_high - step
    lower = max([v for v in (low, exclusive_low) if v is not None], default=None)
    upper = min([v for v in (high, exclusive_high) if v is not None], default=None)
    value: float = lower if lower is not None else (min(1, upper) if upper is not None else 1)
    multiple = schema.get("multipleOf")
    if multiple:
        value = multiple * -(-value // multiple)
    return int(value) if integer else float(value)


def _string(schema: JSON) -> str:
    value = FORMAT_SAMPLES.get(str(schema.get("format")), "sample")
    min_length = int(schema.get("minLength", 0))
    if len(value) < min_length:
        value = value + "x" * (min_length - len(value))
    if "maxLength" in schema and "format" not in schema:
        value = value[: int(schema["maxLength"])]
    return value


def _distinct(item: Any, index: int) -> Any:
    if isinstance(item, str):
        return f"{item}{index}"
    if isinstance(item, int | float) and not isinstance(item, bool):
        return item + index
    return item


# -- JSON sample → the Python value a generated function is annotated to take ----------------------------
def to_python(annotation: Any, value: Any) -> Any:
    """Convert a JSON sample into a value of `annotation` (unions, enums, UUID, dates, models, File, lists)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(annotation) if m is not Unset]
        errors: list[str] = []
        for member in members:
            if member is type(None):
                if value is None:
                    return None
                continue
            try:
                return to_python(member, value)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                errors.append(f"{member}: {exc}")
        raise TypeError(f"{value!r} fits none of {annotation}: {errors}")
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        return [to_python(item, v) for v in value]
    if origin is dict or annotation is Any or annotation is inspect.Parameter.empty:
        return value
    if not isinstance(annotation, type):
        return value
    if issubclass(annotation, enum.Enum):
        return annotation(value)
    if annotation is uuid.UUID:
        return uuid.UUID(str(value))
    if annotation is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if annotation is datetime.date:
        return datetime.date.fromisoformat(str(value))
    if annotation is File:
        payload = value if isinstance(value, bytes) else str(value).encode()
        return File(payload=io.BytesIO(payload), file_name="sample.bin", mime_type="application/octet-stream")
    if hasattr(annotation, "from_dict"):
        if not isinstance(value, Mapping):
            raise TypeError(f"{annotation.__name__} needs an object, got {value!r}")
        return annotation.from_dict(value)
    if annotation is bool:
        if not isinstance(value, bool):
            raise TypeError(f"expected bool, got {value!r}")
        return value
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected int, got {value!r}")
        return value
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected number, got {value!r}")
        return float(value)
    if annotation is str:
        if not isinstance(value, str):
            raise TypeError(f"expected str, got {value!r}")
        return value
    return value


def _files_with_names(builder: SampleBuilder, operation: Operation, model: Any) -> None:
    """Give each File field of a multipart model a file name and MIME type, as a user upload would have."""
    files = [value for value in vars_of(model) if isinstance(value, File)]
    if not files:
        return
    for wire_name, value in model.to_dict().items():
        for file in files:
            if isinstance(value, tuple) and len(value) > 1 and value[1] is file.payload:
                file.file_name, file.mime_type = builder.file_part(operation, wire_name)


def vars_of(model: Any) -> list[Any]:
    """The attribute values of an attrs model."""
    return [getattr(model, attribute.name) for attribute in getattr(type(model), "__attrs_attrs__", ())]


@dataclass
class CallArguments:
    """Keyword arguments for a generated `asyncio_detailed`, and the JSON they were built from."""

    kwargs: dict[str, Any]
    json_body: Any = None
    content_type: str | None = None
    notes: list[str] = field(default_factory=list)


def call_arguments(operation: Operation, function: Callable[..., Any], builder: SampleBuilder) -> CallArguments:
    """Build every argument the generated function takes from the spec (all parameters, the body)."""
    hints = typing.get_type_hints(function)
    signature = inspect.signature(function)
    prefix = field_prefix()
    kwargs: dict[str, Any] = {}
    for parameter in operation.parameters:
        python_name = _python_parameter_name(parameter, signature, prefix)
        if python_name is None:
            raise LookupError(
                f"{operation.operation_id}: no argument of {function.__module__}.asyncio_detailed "
                f"for {parameter['in']} parameter {parameter['name']!r}"
            )
        value = builder.parameter_value(parameter, operation.operation_id)
        kwargs[python_name] = to_python(hints.get(python_name, Any), value)
    result = CallArguments(kwargs)
    body = builder.request_body(operation)
    if body is not None:
        if "body" not in signature.parameters:
            raise LookupError(f"{operation.operation_id}: spec has a request body, the function takes no `body`")
        result.content_type, result.json_body = body
        model = to_python(hints["body"], body[1])
        _files_with_names(builder, operation, model)
        kwargs["body"] = model
    missing = [
        name
        for name, p in signature.parameters.items()
        if name != "client" and p.default is inspect.Parameter.empty and name not in kwargs
    ]
    if missing:
        raise LookupError(f"{operation.operation_id}: no value built for required argument(s) {missing}")
    return result


def _python_parameter_name(parameter: JSON, signature: inspect.Signature, prefix: str) -> str | None:
    name = PythonIdentifier(parameter["name"], prefix=prefix)
    for candidate in (name, PythonIdentifier(f"{parameter['name']}_{parameter['in']}", prefix=prefix)):
        if candidate in signature.parameters:
            return str(candidate)
    return None


def response_model_types(function: Callable[..., Any]) -> tuple[type, ...]:
    """The generated model classes `asyncio_detailed` is annotated to return (inside `Response[...]`)."""
    returned = typing.get_type_hints(function).get("return")
    (inner,) = typing.get_args(returned) or (Any,)
    members = typing.get_args(inner) if typing.get_origin(inner) in (typing.Union, types.UnionType) else (inner,)
    return tuple(m for m in members if isinstance(m, type) and hasattr(m, "from_dict"))


def success_schema(builder: SampleBuilder, operation: Operation, status: int) -> JSON | None:
    """The JSON schema the spec declares for `status` (or its 2XX/default range), None without content."""
    responses = operation.spec.get("responses", {})
    response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    if response is None:
        return None
    content = builder.resolve(response).get("content") or {}
    for content_type, media in content.items():
        if "json" in content_type and media and media.get("schema"):
            schema: JSON = media["schema"]
            return schema
    return None


def iter_schemas(node: Any) -> Iterator[JSON]:
    """Every dict in a document, depth first (for unit tests that sweep the spec)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from iter_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_schemas(value)
