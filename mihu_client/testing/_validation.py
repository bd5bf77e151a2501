"""Requests and responses checked against the spec with openapi-schema-validator (jsonschema underneath).

This module only decodes what arrives on the wire into the JSON values the spec describes (query text to
the declared integer or boolean, multipart parts to fields and files) and turns the library's errors into
Laravel-style field messages; the validation itself is the library's.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Literal
from urllib.parse import parse_qsl

from jsonschema.exceptions import ValidationError, best_match
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30WriteValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)

from ._records import UploadedFile
from ._spec import JSON, Operation, Spec

__all__ = ["Checked", "FieldError", "SchemaChecker", "check_request"]

Mode = Literal["request", "response"]
ANY_VALUE: JSON = {}
"""The schema of a parameter or body that declares none (one object, so its validator is built once)."""


@dataclass(frozen=True, slots=True)
class FieldError:
    """One rule a value broke: where (`path`, `query`, `header`, `body`), which field, and why."""

    location: str
    field: str
    message: str


@dataclass(slots=True)
class Checked:
    """A request decoded as the spec describes it, and the rules it broke."""

    path_params: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    errors: list[FieldError] = field(default_factory=list)


class SchemaChecker:
    """Validators for the schemas of one document, built once per schema and direction."""

    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._components = spec.document.get("components", {})
        self._oas31 = str(spec.document.get("openapi", "3.0")).startswith("3.1")
        self._cache: dict[tuple[int, Mode], tuple[JSON, Any]] = {}

    def errors(
        self, value: Any, schema: JSON, *, mode: Mode, location: str, prefix: str = "", cache: bool = True
    ) -> list[FieldError]:
        """The rules `value` breaks, one per field, in document order; `prefix` names the value itself.

        Validators are kept per schema object; pass `cache=False` for a schema built for one check.
        """
        validator = self._validator(schema, mode) if cache else self._build(schema, mode)
        found: list[FieldError] = []
        seen: set[str] = set()
        for error in sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path]):
            for name, message in _describe(error, prefix):
                if name not in seen:
                    seen.add(name)
                    found.append(FieldError(location, name, message))
        return found

    def _validator(self, schema: JSON, mode: Mode) -> Any:
        key = (id(schema), mode)
        cached = self._cache.get(key)
        if cached is None or cached[0] is not schema:  # the entry keeps `schema` alive, so its id stays its own
            cached = self._cache[key] = (schema, self._build(schema, mode))
        return cached[1]

    def _build(self, schema: JSON, mode: Mode) -> Any:
        # Wrapped so that `#/components/...` references resolve against this document.
        root = {"allOf": [schema], "components": self._components}
        if self._oas31:
            return OAS31Validator(root, format_checker=oas31_format_checker)
        if mode == "request":
            return OAS30WriteValidator(root, format_checker=oas30_format_checker)
        return OAS30ReadValidator(root, format_checker=oas30_format_checker)


def check_request(
    checker: SchemaChecker,
    spec: Spec,
    operation: Operation,
    path_params: Mapping[str, str],
    query: list[tuple[str, str]],
    headers: Mapping[str, str],
    content: bytes,
) -> Checked:
    """Decode and validate every part of a request that the operation describes."""
    checked = Checked()
    given_query = _group(query)
    for parameter in operation.parameters:
        name, where = str(parameter.get("name")), parameter.get("in")
        schema = spec.resolve(parameter.get("schema") or ANY_VALUE)
        if where == "path":
            raw: Any = path_params.get(name)
        elif where == "query":
            raw = _query_value(given_query, name, schema, spec)
        elif where == "header":
            raw = headers.get(name.lower())
        else:
            continue  # cookies: the SDK sends none
        if raw is None:
            if parameter.get("required") or where == "path":
                checked.errors.append(FieldError(str(where), name, f"The {name} field is required."))
            continue
        value = _from_text(raw, schema, spec)
        if where == "path":
            checked.path_params[name] = value
        elif where == "query":
            checked.query[name] = value
        checked.errors.extend(checker.errors(value, schema, mode="request", location=str(where), prefix=name))
    declared = {str(p.get("name")) for p in operation.parameters if p.get("in") == "query"}
    for name, values in given_query.items():
        plain = name.removesuffix("[]")
        if plain not in declared:  # the API ignores parameters it does not know; keep them for assertions
            checked.query[plain] = values if len(values) > 1 or name.endswith("[]") else values[0]
    _check_body(checker, spec, operation, headers.get("content-type"), content, checked)
    return checked


def _check_body(
    checker: SchemaChecker, spec: Spec, operation: Operation, content_type: str | None, content: bytes, checked: Checked
) -> None:
    body = operation.request_body
    mime = (content_type or "").split(";")[0].strip().lower()
    if body is None:
        checked.body = _json_or_none(content) if content else None
        return
    media_types = {key.split(";")[0].strip().lower(): value or {} for key, value in (body.get("content") or {}).items()}
    if not content:
        if body.get("required"):
            media = next(iter(media_types.values()), {})
            schema = spec.resolve(media.get("schema") or ANY_VALUE)
            errors = checker.errors({}, schema, mode="request", location="body")
            checked.errors.extend(errors or [FieldError("body", "body", "The request body is required.")])
        return
    media = media_types.get(mime)
    if media is None:
        accepted = ", ".join(media_types) or "none"
        checked.errors.append(
            FieldError(
                "body", "body", f"The body was sent as {mime or 'no content type'}; the operation accepts {accepted}."
            )
        )
        return
    schema = spec.resolve(media.get("schema") or ANY_VALUE)
    if mime.endswith("json"):
        try:
            checked.body = instance = json.loads(content)
        except ValueError:
            checked.errors.append(FieldError("body", "body", "The request body is not valid JSON."))
            return
    elif mime.startswith("multipart/"):
        fields = _multipart_fields(content_type or "", content)
        if fields is None:
            checked.errors.append(FieldError("body", "body", "The multipart request body could not be read."))
            return
        checked.body = fields
        instance = _form_instance(fields, schema, spec)
    elif mime == "application/x-www-form-urlencoded":
        form: dict[str, Any] = {}
        for name, values in _group(parse_qsl(content.decode("utf-8", "replace"), keep_blank_values=True)).items():
            form[name] = values if len(values) > 1 else values[0]
        checked.body = form
        instance = _form_instance(form, schema, spec)
    else:
        checked.body = content
        return
    checked.errors.extend(checker.errors(instance, schema, mode="request", location="body"))


def _group(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return grouped


def _query_value(given: Mapping[str, list[str]], name: str, schema: JSON, spec: Spec) -> Any:
    """The raw value(s) of one query parameter: a list for arrays (`a=1&a=2`, `a[]=1`, `a=1,2`), else text."""
    values = given.get(name, []) + given.get(f"{name}[]", [])
    if not values:
        return None
    if _type_of(schema, spec) == "array":
        if len(values) == 1 and "," in values[0]:
            values = values[0].split(",")
        return values
    return values[-1]


def _type_of(schema: JSON, spec: Spec) -> str | None:
    schema = spec.resolve(schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if isinstance(kind, str):
        return kind
    for keyword in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(keyword) or []:
            found = _type_of(branch, spec)
            if found is not None:
                return found
    return None


_INTEGER = re.compile(r"[+-]?\d+")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


def _from_text(raw: Any, schema: JSON, spec: Spec) -> Any:
    """Text from a URL, header or form field as the declared JSON type; left as text when it does not fit."""
    if isinstance(raw, list):
        items = spec.resolve(spec.resolve(schema).get("items") or {})
        return [_from_text(item, items, spec) for item in raw]
    if not isinstance(raw, str):
        return raw
    kind = _type_of(schema, spec)
    if kind == "integer" and _INTEGER.fullmatch(raw):
        return int(raw)
    if kind == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw
        if not math.isfinite(number):
            return raw
        return int(raw) if _INTEGER.fullmatch(raw) else number
    if kind == "boolean" and raw.lower() in _BOOLEANS:
        return _BOOLEANS[raw.lower()]
    if kind in ("object", "array"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _multipart_fields(content_type: str, content: bytes) -> dict[str, Any] | None:
    """Parts by name (repeated names as a list): text as `str`, files as `UploadedFile`."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + content)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        return None
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        if not isinstance(part, EmailMessage):
            continue
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        value: Any
        if filename is not None or part.get_content_type() not in ("text/plain",):
            value = UploadedFile(filename, part.get_content_type(), data)
        else:
            value = data.decode(part.get_content_charset() or "utf-8", "replace")
        if name in fields:
            previous = fields[name]
            fields[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[name] = value
    return fields


def _form_instance(fields: Mapping[str, Any], schema: JSON, spec: Spec) -> JSON:
    """Form fields as the JSON instance the body schema describes: typed text, files as bytes."""
    properties = _properties(schema, spec)
    instance: JSON = {}
    for name, value in fields.items():
        if isinstance(value, UploadedFile):
            instance[name] = value.content
        elif isinstance(value, list):
            items = spec.resolve(properties.get(name, {})).get("items") or {}
            instance[name] = [v.content if isinstance(v, UploadedFile) else _from_text(v, items, spec) for v in value]
        else:
            instance[name] = _from_text(value, properties.get(name, {}), spec)
    return instance


def _properties(schema: JSON, spec: Spec) -> dict[str, JSON]:
    schema = spec.resolve(schema)
    found: dict[str, JSON] = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        found.update(_properties(part, spec))
    return found


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None


_ARTICLES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "an array",
    "object": "an object",
}


def _describe(error: ValidationError, prefix: str) -> list[tuple[str, str]]:
    """The fields a jsonschema error is about (dotted, Laravel style), each with a Laravel-style message."""
    if error.context:
        error = best_match(error.context)
    parts = [str(part) for part in error.absolute_path]
    required = error.validator_value
    if error.validator == "required" and isinstance(error.instance, dict) and isinstance(required, list):
        missing = [str(n) for n in required if n not in error.instance]
        return [(name, f"The {name} field is required.") for name in (_dotted(prefix, *parts, m) for m in missing)]
    name = _dotted(prefix, *parts)
    kind = error.validator
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, str) else "valid"
        return [(name, f"The {name} field must be {_ARTICLES.get(expected, expected)}.")]
    if kind == "enum":
        return [(name, f"The selected {name} is invalid.")]
    if kind == "format":
        return [(name, f"The {name} field must be a valid {error.validator_value}.")]
    if kind == "maxLength":
        return [(name, f"The {name} field must not be greater than {error.validator_value} characters.")]
    if kind == "minLength":
        return [(name, f"The {name} field must be at least {error.validator_value} characters.")]
    return [(name, f"The {name} field is invalid: {error.message}.")]


def _dotted(*parts: str) -> str:
    return ".".join(part for part in parts if part) or "body"
