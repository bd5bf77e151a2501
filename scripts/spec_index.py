"""Where each generated model comes from in the spec: the index the drift report's overlays are built on.

Lenient parsing records drift by model class and JSON field (`PbxExtensionConnectorItem.status`). An
overlay needs the spec location instead. The generator knows which schema object became which class,
so this parses the normalised document the way the generator does, maps every model class to the JSON
pointer of its schema object (by identity, falling back to content for the copies the generator makes
of nullable objects), and translates pointers back to the document before normalisation, which is
what overlays apply to. Per field it keeps what an overlay must know: the `$ref` a property is, and
where its enum values live. Written as `spec_index.json` beside the generated code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser.openapi import EndpointCollection
from openapi_python_client.parser.properties import ModelProperty, Parameters, Schemas, build_parameters, build_schemas
from openapi_python_client.schema import OpenAPI
from pydantic import BaseModel

__all__ = ["INDEX_NAME", "build_index"]

INDEX_NAME = "spec_index.json"

JSON = dict[str, Any]


def build_index(original: JSON, normalised: JSON, config: Config) -> JSON:
    """`{"models": {class: {"at": [pointer, ...], "fields": {json name: {...}}}}}` for `original`."""
    openapi = OpenAPI.model_validate(normalised)
    schemas = Schemas()
    parameters = Parameters()
    components = openapi.components
    if components and components.schemas:
        schemas = build_schemas(components=components.schemas, schemas=schemas, config=config)
    if components and components.parameters:
        parameters = build_parameters(components=components.parameters, parameters=parameters, config=config)
    _, schemas, parameters = EndpointCollection.from_data(
        data=openapi.paths,
        schemas=schemas,
        parameters=parameters,
        request_bodies=(components and components.requestBodies) or {},
        responses=(components and components.responses) or {},
        config=config,
    )
    by_identity = dict(_walk_models(openapi, ""))
    by_content: dict[str, list[str]] = {}
    for where, node in _walk_json(normalised, ""):
        if isinstance(node, dict):
            by_content.setdefault(_canonical(node), []).append(where)

    models: JSON = {}
    for name, prop in sorted(schemas.classes_by_name.items()):
        if not isinstance(prop, ModelProperty):
            continue
        found = by_identity.get(id(prop.data))
        candidates = [found] if found is not None else _by_name(str(name), by_content.get(_dump(prop.data), []))
        at = sorted({_translate(candidate, original) for candidate in candidates})
        if at:
            models[str(name)] = {"at": at, "fields": _fields(original, at[0])}
    return {"models": models}


def _walk_models(node: Any, pointer: str) -> Iterator[tuple[int, str]]:
    """(id, JSON pointer) of every parsed schema object, in the normalised document's coordinates."""
    if isinstance(node, BaseModel):
        yield id(node), pointer
        for name, field in type(node).model_fields.items():
            value = getattr(node, name)
            if value is not None:
                yield from _walk_models(value, f"{pointer}/{_escape(field.alias or name)}")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _walk_models(value, f"{pointer}/{_escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_models(value, f"{pointer}/{index}")


def _walk_json(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk_json(value, f"{pointer}/{_escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk_json(value, f"{pointer}/{index}")


def _escape(key: object) -> str:
    # UntrustedString keys print as objects; their value is what the document says.
    text = getattr(key, "_value", key)
    return str(text).replace("~", "~0").replace("/", "~1")


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _dump(schema: BaseModel) -> str:
    return _canonical(schema.model_dump(by_alias=True, exclude_unset=True, mode="json"))


def _canonical(node: JSON) -> str:
    """Content key: the generator adds `default: null` to the nullable objects it splits off."""
    return json.dumps({k: v for k, v in node.items() if not (k == "default" and v is None)}, sort_keys=True)


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", text) if word)


def _by_name(class_name: str, pointers: list[str]) -> list[str]:
    """Among schema objects of equal content, those whose parent schema and property name the class."""
    named = [p for p in pointers if class_name.startswith("".join(_pascal(_unescape(t)) for t in p.split("/")[-3::2]))]
    return named or pointers[:1]


def _resolve(document: JSON, pointer: str) -> Any:
    node: Any = document
    for token in pointer.split("/")[1:]:
        token = _unescape(token)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _translate(pointer: str, original: JSON) -> str:
    """The same node before normalisation: drop the `anyOf/0` a nullable enum was wrapped in."""
    tokens = pointer.split("/")[1:]
    kept: list[str] = []
    node: Any = original
    index = 0
    while index < len(tokens):
        token = _unescape(tokens[index])
        if token == "anyOf" and isinstance(node, dict) and "anyOf" not in node and "enum" in node:
            index += 2
            continue
        node = node[int(token)] if isinstance(node, list) else node.get(token) if isinstance(node, dict) else None
        kept.append(tokens[index])
        index += 1
    return "/" + "/".join(kept) if kept else ""


def _fields(original: JSON, at: str) -> JSON:
    """Per property: its node when not `{at}/properties/{name}`, its `$ref`, its items' `$ref`, its enum."""
    fields: JSON = {}
    for name, pointer in _property_nodes(original, at, depth=0):
        node = _resolve(original, pointer)
        info: JSON = {}
        if pointer != f"{at}/properties/{_escape(name)}":
            info["node"] = pointer
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            info["ref"] = node["$ref"]
        items = node.get("items") if isinstance(node, dict) else None
        if isinstance(items, dict) and isinstance(items.get("$ref"), str):
            info["items_ref"] = items["$ref"]
        enum = _enum_pointer(original, pointer, depth=0)
        if enum is not None:
            info["enum"] = enum
        if info:
            fields[name] = info
    return fields


def _property_nodes(original: JSON, at: str, depth: int) -> Iterator[tuple[str, str]]:
    """(JSON name, pointer) of each property of the schema at `at`, its allOf members' included."""
    node = _resolve(original, at)
    if not isinstance(node, dict) or depth > 8:
        return
    if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        yield from _property_nodes(original, node["$ref"][1:], depth + 1)
        return
    for name in node.get("properties") or {}:
        yield name, f"{at}/properties/{_escape(name)}"
    for index, _member in enumerate(node.get("allOf") or []):
        yield from _property_nodes(original, f"{at}/allOf/{index}", depth + 1)


def _enum_pointer(original: JSON, pointer: str, depth: int) -> str | None:
    """Where the enum values of the property at `pointer` are listed, through $ref, items and unions."""
    node = _resolve(original, pointer)
    if not isinstance(node, dict) or depth > 8:
        return None
    if isinstance(node.get("enum"), list):
        return f"{pointer}/enum"
    if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        return _enum_pointer(original, node["$ref"][1:], depth + 1)
    if isinstance(node.get("items"), dict):
        return _enum_pointer(original, f"{pointer}/items", depth + 1)
    for union in ("anyOf", "oneOf"):
        for index, _member in enumerate(node.get(union) or []):
            found = _enum_pointer(original, f"{pointer}/{union}/{index}", depth + 1)
            if found is not None:
                return found
    return None
