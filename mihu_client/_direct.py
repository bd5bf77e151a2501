"""Calling what the spec does not have: `await mihu.request("GET", "/api/v1/voice-library")`.

The snapshot lacks operations the API has. `DirectCalls` (mixed into `MihuClient`) sends any method and
path through the same client as generated operations: base URL, bearer token, per-call `options=`
(applied through `with_options`), the retrying transport and its typed errors, and raw-response capture
(`mihu.with_raw_response.get(...)`). The body comes back as decoded JSON, or as a generated model when
`cast_to=` names one, parsed under the same lenient/strict rules as a generated call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, cast, overload

from ._generated.types import Response, json_body, json_document, mismatch, parse_with
from ._response import RawResponse, capture, raw_response_wrapper

if TYPE_CHECKING:
    import httpx2

    from ._resource import RequestOptions, ResourceClient

__all__ = ["METHODS", "DirectCalls", "RawDirectCalls"]

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})


class FromDict(Protocol):
    """A generated model class: anything with `from_dict(mapping) -> instance`."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], /) -> Self: ...


M = TypeVar("M", bound=FromDict)


class Verb(Protocol):
    """`mihu.get(path, ...)` and its siblings: `request` with the method filled in."""

    @overload
    async def __call__(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: type[M],
        options: RequestOptions | None = None,
    ) -> M: ...

    @overload
    async def __call__(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...


class RawRequest(Protocol):
    """`mihu.with_raw_response.request(...)`."""

    @overload
    async def __call__(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: type[M],
        options: RequestOptions | None = None,
    ) -> RawResponse[M]: ...

    @overload
    async def __call__(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: None = None,
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]: ...


class RawVerb(Protocol):
    """`mihu.with_raw_response.get(path, ...)` and its siblings."""

    @overload
    async def __call__(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: type[M],
        options: RequestOptions | None = None,
    ) -> RawResponse[M]: ...

    @overload
    async def __call__(
        self,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: None = None,
        options: RequestOptions | None = None,
    ) -> RawResponse[Any]: ...


def _verb(method: str) -> Any:
    """A helper method that is `request(method, path, ...)`."""

    async def call(self: DirectCalls, path: str, **kwargs: Any) -> Any:
        return await self.request(method, path, **kwargs)

    call.__name__ = call.__qualname__ = method.lower()
    call.__doc__ = f"`request({method!r}, path, ...)`; the same keyword arguments."
    return call


class DirectCalls:
    """`request` and the verb helpers; needs `with_options`, `get_async_httpx_client` and `strict`."""

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: type[M],
        options: RequestOptions | None = None,
    ) -> M: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: None = None,
        options: RequestOptions | None = None,
    ) -> Any: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        cast_to: type[M] | None = None,
        options: RequestOptions | None = None,
    ) -> M | Any:
        """Send `method path` (a path on the API host, e.g. `/api/v1/voice-library`) and return the body.

        `params` with a None value are left out; `json` is the request body (None: no body). Returns the
        decoded JSON (None for an empty body), or `cast_to.from_dict(body)` when `cast_to` is a generated
        model class (then an empty or null body is a `ResponseValidationError`, as for generated calls). Non-2xx responses raise the usual `APIStatusError` subclasses; retries follow the
        transport's rules (POST and PATCH are not replayed after the server may have acted).
        """
        client = cast("ResourceClient", self)
        if options:
            client = client.with_options(**options)
        verb = _check_method(method)
        response = await client.get_async_httpx_client().request(
            verb,
            _check_path(path),
            params={key: value for key, value in params.items() if value is not None} if params else None,
            json=json,
            headers=headers,
        )
        parse = _json_or_none if cast_to is None else _model_parser(cast_to, f"{verb} {path} response")
        parsed = parse_with(client.strict, parse, response, getattr(client, "drift", None))
        return capture(Response(response.status_code, response.content, response.headers, parsed)).parsed

    get: Verb = _verb("GET")
    post: Verb = _verb("POST")
    put: Verb = _verb("PUT")
    patch: Verb = _verb("PATCH")
    delete: Verb = _verb("DELETE")

    @property
    def with_raw_response(self) -> RawDirectCalls:
        """`request` and the verb helpers returning the `RawResponse` of their one request."""
        return RawDirectCalls(self)


class RawDirectCalls:
    """`mihu.with_raw_response.request(...)`: the same calls, each returning its `RawResponse`."""

    def __init__(self, calls: DirectCalls) -> None:
        self.request = cast("RawRequest", raw_response_wrapper(calls.request))
        self.get = cast("RawVerb", raw_response_wrapper(calls.get))
        self.post = cast("RawVerb", raw_response_wrapper(calls.post))
        self.put = cast("RawVerb", raw_response_wrapper(calls.put))
        self.patch = cast("RawVerb", raw_response_wrapper(calls.patch))
        self.delete = cast("RawVerb", raw_response_wrapper(calls.delete))


def _check_method(method: str) -> str:
    verb = method.upper() if isinstance(method, str) else ""
    if verb not in METHODS:
        raise ValueError(f"method must be one of {', '.join(sorted(METHODS))}, got {method!r}")
    return verb


def _check_path(path: str) -> str:
    """A path on the client's host. A full URL is refused: it would send the token to another host."""
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise ValueError(
            f"path must be a path on the API host starting with one '/', such as '/api/v1/voice-library', "
            f"got {path!r:.80}; the host comes from the client (base_url)"
        )
    return path


def _json_or_none(response: httpx2.Response) -> Any:
    return json_body(response) if response.content else None


def _model_parser(cast_to: type[M], where: str) -> Any:
    from_dict = getattr(cast_to, "from_dict", None)
    if not callable(from_dict):
        raise TypeError(f"cast_to must be a generated model class (with from_dict), got {cast_to!r}")

    def parse(response: httpx2.Response) -> Any:
        data = json_document(response)  # a model was asked for: an empty or null body is an error
        return from_dict(data) if data.__class__ is dict else mismatch(data, where)

    return parse
