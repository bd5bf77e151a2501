"""Sending what the spec does not list: extra query parameters, body fields and headers.

`MihuClient.with_options(extra_query=..., extra_body=..., extra_headers=...)` (or the same keys in a
call's `options=`) makes a client copy whose httpx2 client is an `ExtrasClient`. Every request goes
through `build_request`, generated operation or `mihu.request(...)` alike, so the extras are merged in
that one place, after the operation has built its own arguments:

- `extra_query` is merged over the operation's query parameters;
- `extra_body` is merged over a JSON object body, added as form fields to a multipart or form body, and
  sent as the JSON body when the request has none; a JSON array or a raw body cannot take fields (a
  `TypeError`);
- `extra_headers` are set over every other header, the operation's own (Content-Type, header
  parameters) included; `headers=` only adds to the client's defaults.

Clients without extras use a plain `httpx2.AsyncClient`, so ordinary calls pay nothing for this.
"""

from __future__ import annotations

import json as jsonlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx2

from ._http_client import SdkHttpClient

__all__ = ["ExtrasClient", "RequestExtras"]


@dataclass(frozen=True, slots=True)
class RequestExtras:
    """The extras of one client copy; `merged` layers another copy's over these, key by key."""

    query: Mapping[str, Any] = field(default_factory=dict)
    body: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.query or self.body or self.headers)

    def merged(
        self,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> RequestExtras:
        return RequestExtras(
            query={**self.query, **_mapping(query, "extra_query")},
            body={**self.body, **_mapping(body, "extra_body")},
            headers={**self.headers, **_mapping(headers, "extra_headers")},
        )


NO_EXTRAS = RequestExtras()


def _mapping(value: Mapping[str, Any] | None, name: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise TypeError(f"{name} must be a mapping with string keys, got {type(value).__name__}")
    return value


class ExtrasClient(SdkHttpClient):
    """The SDK's httpx2 client, merging a `RequestExtras` into every request it builds."""

    def __init__(self, *, extras: RequestExtras, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.extras = extras

    def build_request(self, method: str, url: httpx2.URL | str, **kwargs: Any) -> httpx2.Request:
        extras = self.extras
        if extras.query:
            kwargs["params"] = httpx2.QueryParams(kwargs.get("params")).merge(extras.query)
        if extras.body:
            _merge_body(kwargs, extras.body, method)
        request = super().build_request(method, url, **kwargs)
        if extras.headers:  # over the operation's headers and the client's defaults alike
            request.headers.update(extras.headers)
        return request


def _merge_body(kwargs: dict[str, Any], extra: Mapping[str, Any], method: str) -> None:
    """Put the extra fields into whichever body the operation built (see the module docstring)."""
    if kwargs.get("files") is not None:
        names = set(extra)
        files = [item for item in _file_items(kwargs["files"]) if item[0] not in names]
        files += [(name, (None, *_form_field(value))) for name, value in extra.items()]
        kwargs["files"] = files
    elif kwargs.get("data") is not None:
        if not isinstance(kwargs["data"], Mapping):
            raise TypeError(f"extra_body cannot be merged into the raw form body of this {method.upper()} request")
        kwargs["data"] = {**kwargs["data"], **{name: _form_text(value) for name, value in extra.items()}}
    elif kwargs.get("content") is not None:
        raise TypeError(f"extra_body cannot be merged into the raw body of this {method.upper()} request")
    elif kwargs.get("json") is None:
        kwargs["json"] = dict(extra)
    elif isinstance(kwargs["json"], Mapping):
        kwargs["json"] = {**kwargs["json"], **extra}
    else:
        raise TypeError(
            f"extra_body cannot be merged into the JSON {type(kwargs['json']).__name__} body of this "
            f"{method.upper()} request; only a JSON object takes extra fields"
        )


def _file_items(files: Any) -> list[tuple[str, Any]]:
    return list(files.items()) if isinstance(files, Mapping) else list(files)


def _form_text(value: Any) -> str:
    """A form value as text: strings as they are, everything else as JSON (`true`, `3`, `{"a": 1}`)."""
    return value if isinstance(value, str) else jsonlib.dumps(value)


def _form_field(value: Any) -> tuple[bytes, str]:
    """Contents and content type of a multipart field, as the generated `to_multipart` encodes them."""
    if isinstance(value, str | int | float | bool) or value is None:
        return _form_text(value).encode(), "text/plain"
    return jsonlib.dumps(value).encode(), "application/json"
