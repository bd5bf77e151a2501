"""The OpenAPI document a `MihuMock` serves, indexed by operation and matched against request paths.

By default it is the normalised snapshot the installed SDK was generated from (shipped inside the
generated package), so the fake and the client can never disagree about the API. Any other OpenAPI 3
document can be given instead (a newer snapshot, a trimmed one in a test).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

__all__ = ["JSON", "NoOperation", "Operation", "Spec", "load_document"]

JSON = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SHIPPED_SPEC = "openapi.json"
"""Written into `mihu_client/_generated` by scripts/generate.py, next to the code generated from it."""


def load_document(spec: str | Path | Mapping[str, Any] | None) -> JSON:
    """The document as a dict: the shipped snapshot for None, a file for a path, else a copy of the mapping."""
    if spec is None:
        text = resources.files("mihu_client._generated").joinpath(SHIPPED_SPEC).read_text(encoding="utf-8")
        document: JSON = json.loads(text)
    elif isinstance(spec, str | Path):
        document = json.loads(Path(spec).read_text(encoding="utf-8"))
    else:
        document = json.loads(json.dumps(spec))
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise ValueError("MihuMock needs an OpenAPI 3 document (a JSON object with `openapi: 3.x`)")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise ValueError("MihuMock needs an OpenAPI document with at least one path")
    _allow_null_where_nullable(document)
    return document


def _allow_null_where_nullable(node: Any) -> None:
    """Let `nullable: true` admit null where OpenAPI 3.0 validators would still refuse it.

    A validator applies `nullable` only next to `type`; the vendor also puts it on enums (whose value
    list lacks null) and our normalisation on `anyOf` unions. Both mean "or null", which is how the
    generated models read them, so the mock must accept and may send null there too.
    """
    if isinstance(node, dict):
        if node.get("nullable") is True:
            if isinstance(node.get("enum"), list) and None not in node["enum"]:
                node["enum"] = [*node["enum"], None]
            for keyword in ("anyOf", "oneOf"):
                branches = node.get(keyword)
                if isinstance(branches, list) and {"enum": [None]} not in branches:
                    node[keyword] = [*branches, {"enum": [None]}]
        for value in node.values():
            _allow_null_where_nullable(value)
    elif isinstance(node, list):
        for value in node:
            _allow_null_where_nullable(value)


class NoOperation(LookupError):
    """No operation of the document answers this method and path (404), or not this method (405)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Operation:
    """One operation: its id, method and path template, and its resolved parameters, body and responses."""

    operation_id: str
    method: str
    """Upper case, as on the wire."""
    path: str
    """The template, e.g. `/api/v1/contacts/{uuid}`."""
    tag: str
    parameters: tuple[JSON, ...] = field(repr=False)
    request_body: JSON | None = field(repr=False)
    responses: Mapping[str, JSON] = field(repr=False)
    needs_token: bool = field(repr=False)

    def success_status(self) -> int:
        """The first 2xx status the spec declares (200 when it declares none)."""
        statuses = sorted(int(code) for code in self.responses if code.isdigit() and code.startswith("2"))
        return statuses[0] if statuses else 200

    def response(self, status: int) -> JSON | None:
        """The response object for `status`, else its range (`2XX`), else `default`."""
        return (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )

    def response_schema(self, status: int) -> JSON | None:
        """The JSON schema of the response for `status`, None when the spec declares no JSON body for it."""
        media = json_media(self.response(status))
        schema = media.get("schema") if media is not None else None
        return schema if isinstance(schema, dict) else None


def json_media(holder: JSON | None) -> JSON | None:
    """The JSON media type object of a response or request body (`application/json`, `…+json`)."""
    content = (holder or {}).get("content") or {}
    for content_type, media in content.items():
        if content_type.split(";")[0].strip().endswith("json") and isinstance(media, dict):
            return media
    return None


class Spec:
    """The document, its operations, and the path matcher."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        operations = list(self._operations())
        self.operations: tuple[Operation, ...] = tuple(operations)
        self.by_id: dict[str, Operation] = {}
        for operation in operations:
            if operation.operation_id in self.by_id:
                raise ValueError(f"operationId {operation.operation_id!r} is used twice in the document")
            self.by_id[operation.operation_id] = operation
        # Templates with more literal segments first: /contacts/export beats /contacts/{uuid}.
        self._matchers = sorted(
            ((_compile(op.path), op) for op in operations),
            key=lambda pair: -sum(1 for part in pair[1].path.split("/") if part and "{" not in part),
        )

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s (chains too) to the node they name."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported or circular $ref {ref!r}")
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation for this request and its path parameters (percent-decoded); raises `NoOperation`."""
        allowed: list[str] = []
        for template, operation in self._matchers:
            found = template.match(path)
            if found is None:
                continue
            if operation.method == method.upper():
                return operation, found
            allowed.append(operation.method)
        if allowed:
            raise NoOperation(
                405,
                f"The {method.upper()} method is not supported for route {path}. Supported methods: {', '.join(sorted(set(allowed)))}.",
            )
        raise NoOperation(404, f"The route {path.lstrip('/')} could not be found.")

    def _operations(self) -> Iterator[Operation]:
        global_security = self.document.get("security")
        for path, item in self.document["paths"].items():
            item = self.resolve(item)
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in HTTP_METHODS:
                spec = item.get(method)
                if not isinstance(spec, dict):
                    continue
                own = [self.resolve(p) for p in spec.get("parameters", [])]
                own_keys = {(p.get("name"), p.get("in")) for p in own}
                parameters = tuple([p for p in shared if (p.get("name"), p.get("in")) not in own_keys] + own)
                body = self.resolve(spec["requestBody"]) if "requestBody" in spec else None
                responses = {str(code): self.resolve(value) for code, value in (spec.get("responses") or {}).items()}
                security = spec.get("security", global_security) or []
                yield Operation(
                    operation_id=spec.get("operationId") or f"{method}{re.sub(r'[^A-Za-z0-9]+', '_', path)}",
                    method=method.upper(),
                    path=path,
                    tag=(spec.get("tags") or ["default"])[0],
                    parameters=parameters,
                    request_body=body,
                    responses=responses,
                    needs_token=any(requirement for requirement in security),
                )


def _compile(template: str) -> _Template:
    """`/a/{id}/b` → a regex with one group per template variable (one path segment each), and their names."""
    parts = re.split(r"\{([^}/]+)\}", template)
    regex = "".join(re.escape(part) if index % 2 == 0 else "([^/]+)" for index, part in enumerate(parts))
    return _Template(re.compile(regex), tuple(parts[1::2]))


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    names: tuple[str, ...]

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        return (
            None
            if found is None
            else {name: unquote(value) for name, value in zip(self.names, found.groups(), strict=True)}
        )
