"""What the tests know about the API, read from the committed snapshot (openapi/api-docs.json).

Counts, names and namespaces are derived here, never written into a test, so a valid spec change is
absorbed by `make generate`. A test about one operation or model looks it up by name through this
module: when the snapshot no longer has it, that test fails with a message naming it and nothing else
fails (no module-level import of a generated name can take a whole test file down).
"""

from __future__ import annotations

import importlib
import inspect
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "api-docs.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...]
    document: dict[str, Any]

    @property
    def module(self) -> str:
        """The generated module's name (the snake_case operationId)."""
        from openapi_python_client.strings import snake_case

        return snake_case(self.operation_id)

    @property
    def namespace(self) -> str:
        """The namespace attribute of its first tag (`mihu.contacts`), named as the generator names tags."""
        from openapi_python_client.strings import PythonIdentifier

        return str(PythonIdentifier(value=self.tags[0] if self.tags else "default", prefix="tag"))

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"


@cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def operations(document: dict[str, Any] | None = None) -> list[SpecOperation]:
    """Every operation of the snapshot (or of `document`), in document order."""
    return [
        SpecOperation(op["operationId"], method, path, tuple(op.get("tags") or ()), op)
        for path, item in (document or spec()).get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def _gone(kind: str, name: str) -> pytest.fail.Exception:
    try:
        pytest.fail(
            f"{kind} {name!r} is not in openapi/api-docs.json or the code generated from it "
            "(removed or renamed in the spec): update the tests about it",
            pytrace=False,
        )
    except pytest.fail.Exception as exc:
        return exc


def operation(operation_id: str) -> SpecOperation:
    """The snapshot's operation with this operationId; the calling test fails naming it when it is gone."""
    for candidate in operations():
        if candidate.operation_id == operation_id:
            return candidate
    raise _gone("operation", operation_id)


def model(name: str) -> Any:
    """A generated model or enum class by name; the calling test fails naming it when it is gone."""
    models = importlib.import_module("mihu_client.models")
    try:
        return getattr(models, name)
    except AttributeError:
        raise _gone("model", name) from None


class _Models:
    """`models.Contact`: `model("Contact")` with attribute syntax, resolved when a test runs."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return model(name)


models = _Models()


def operation_module(operation_id: str) -> ModuleType:
    """The generated module of an operation (`…api.<tag>.<operation>`)."""
    found = operation(operation_id)
    for namespace in namespaces():
        try:
            return importlib.import_module(f"mihu_client._generated.api.{namespace}.{found.module}")
        except ModuleNotFoundError:
            continue
    raise _gone("generated module for operation", operation_id)


def namespaces() -> tuple[str, ...]:
    from mihu_client._generated import api

    return tuple(api.NAMESPACES)


def namespace_class(namespace: str) -> Any:
    """The generated class behind `mihu.<namespace>`; fails naming the namespace when it is gone."""
    if namespace not in namespaces():
        raise _gone("namespace", namespace)
    module = importlib.import_module(f"mihu_client._generated.api.{namespace}")
    return getattr(module, module.__all__[0])


def method_of(operation_id: str) -> tuple[str, str]:
    """(namespace, method) that serves an operation, as the generated namespaces name it."""
    module = operation(operation_id).module
    for namespace in namespaces():
        cls = namespace_class(namespace)
        for method, target in cls._operations.items():
            if target == module and inspect.iscoroutinefunction(getattr(cls, method)):  # not a paginating twin
                return namespace, method
    raise _gone("namespace method for operation", operation_id)


def page_shape(found: SpecOperation) -> str:
    """The page shape mihu_client._pagination uses for an operation, read straight from the snapshot
    (a `page` or `cursor` query parameter and the first 2xx JSON schema), or "" when it does not page."""
    query = {_deref(p).get("name") for p in found.document.get("parameters", []) if _deref(p).get("in") == "query"}
    mode = "page" if "page" in query else "cursor" if "cursor" in query else ""
    success = [code for code in found.document.get("responses", {}) if code.startswith("2")]
    if not mode or not success:
        return ""
    content = _deref(found.document["responses"][sorted(success)[0]]).get("content", {})
    schema = _deref(content.get("application/json", {}).get("schema", {}))
    data = _deref(_properties(schema).get("data", {})) if _properties(schema) else None
    if data is None:
        return ""
    if data.get("type") == "array":
        pagination = _deref(_properties(schema).get("pagination", {}))
        return "cursor" if mode == "cursor" or "next_cursor" in _properties(pagination) else "top_level"
    children = _properties(data)
    if _deref(children.get("items", {})).get("type") == "array":
        return "items_pagination"
    if _deref(children.get("data", {})).get("type") == "array":
        return "laravel"
    return "open" if not children and data.get("type") in (None, "object") else ""


def _deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _properties(schema: Any) -> dict[str, Any]:
    """Properties of an object schema, allOf members merged."""
    schema = _deref(schema)
    if not isinstance(schema, dict):
        return {}
    merged = dict(schema.get("properties", {}))
    for member in schema.get("allOf", []):
        merged.update(_properties(member))
    return merged
