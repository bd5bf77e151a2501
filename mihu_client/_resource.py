"""Base of the generated namespaces (`mihu.contacts`, `mihu.call`, …) and their per-call options.

Every namespace method funnels into `Resource._request`, which applies the per-call `options`
(`mihu_client.RequestOptions`) through the client's own `with_options` (one mechanism for per-client
and per-call settings), drops the arguments the caller left unset (so the operation's own defaults
apply) and hands the response to raw-response capture. The namespace classes themselves are generated from the spec (openapi/templates/).
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol, Self, TypedDict, TypeVar, Unpack

import httpx2

from ._generated.types import UNSET, Response
from ._response import capture

if TYPE_CHECKING:
    from ._pagination import Mode, Paginator, ShapeName

T = TypeVar("T")


class RequestOptions(TypedDict, total=False):
    """Settings for one call: `await mihu.contacts.get(uuid, options={"timeout": 5, "max_retries": 0})`.

    The keys are those of `MihuClient.with_options` and mean the same; a key left out keeps the client's
    setting. Applied as `client.with_options(**options)` for that call (or every page of a paginated
    one), so per-call and per-client settings go through one mechanism.
    """

    timeout: float | httpx2.Timeout | None
    """Seconds or an `httpx2.Timeout`; None means no time limit."""
    max_retries: int
    headers: Mapping[str, str]
    """Sent in addition to the client's headers, replacing same-named ones."""
    strict: bool
    """Raise `ResponseValidationError` when the response drifts from the spec."""
    retry_unsafe: bool
    """Let this POST/PATCH be retried like an idempotent call: only when repeating it is harmless."""
    extra_query: Mapping[str, Any]
    """Query parameters the spec does not list, merged over the operation's own."""
    extra_body: Mapping[str, Any]
    """Body fields the spec does not list: merged into a JSON object body, form fields for multipart."""
    extra_headers: Mapping[str, str]
    """Headers set over every other one, the operation's own included."""


class ResourceClient(Protocol):
    """What a namespace needs from its client: the generated `ApiClient` protocol plus `with_options`."""

    @property
    def strict(self) -> bool: ...

    def get_async_httpx_client(self) -> httpx2.AsyncClient: ...

    def with_options(self, **options: Unpack[RequestOptions]) -> ResourceClient: ...


class LazyOperation:
    """Stand-in for an operation's ``asyncio_detailed`` in a generated namespace module.

    Namespace modules load their operation modules only when a method is first called (importing them all
    would make ``mihu.contacts`` slow to reach). On that first call this imports the module and replaces
    itself, under ``alias`` in ``package``, with the function: later calls go straight to it.
    """

    __slots__ = ("_alias", "_module", "_package")

    def __init__(self, package: str, module: str, alias: str) -> None:
        self._package = package
        self._module = module
        self._alias = alias

    def __call__(self, **arguments: Any) -> Awaitable[Any]:
        function = import_module(f"{self._package}.{self._module}").asyncio_detailed
        vars(sys.modules[self._package])[self._alias] = function
        return function(**arguments)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<operation {self._package}.{self._module}, not loaded yet>"


def _with_options(client: ResourceClient, options: RequestOptions | None) -> ResourceClient:
    return client.with_options(**options) if options else client


async def _send(
    operation: Callable[..., Awaitable[Response[T]]], client: ResourceClient, arguments: Mapping[str, Any]
) -> Response[T]:
    response = await operation(client=client, **{k: v for k, v in arguments.items() if v is not UNSET})
    return capture(response)


class Resource:
    """A namespace of operations bound to one client; subclasses are generated per tag."""

    def __init__(self, client: ResourceClient) -> None:
        self._client = client

    def with_options(self, **options: Unpack[RequestOptions]) -> Self:
        """This namespace on a client copy with other settings: `mihu.contacts.with_options(timeout=5).list()`."""
        return type(self)(self._client.with_options(**options))

    async def _request(
        self,
        operation: Callable[..., Awaitable[Response[T]]],
        options: RequestOptions | None,
        arguments: Mapping[str, Any],
    ) -> Response[T]:
        """Call a generated `asyncio_detailed` with the given arguments minus the unset ones."""
        return await _send(operation, _with_options(self._client, options), arguments)

    async def _call(
        self,
        operation: Callable[..., Awaitable[Response[T]]],
        options: RequestOptions | None,
        arguments: Mapping[str, Any],
    ) -> T:
        """`_request`, returning the parsed model.

        The transport raises for every non-2xx status and generated parsing reads any 2xx body with the
        documented success shape, so this is the model; None only when the server sent no body at all.
        Written out rather than awaiting `_request`: every namespace call passes here, and each
        coroutine level costs a little on every request.
        """
        client = self._client.with_options(**options) if options else self._client
        for value in arguments.values():
            if value is UNSET:  # the operation's own default applies
                arguments = {k: v for k, v in arguments.items() if v is not UNSET}
                break
        response = await operation(client=client, **arguments)
        return capture(response).parsed

    def _paginate(
        self,
        operation: Callable[..., Awaitable[Response[Any]]],
        options: RequestOptions | None,
        arguments: Mapping[str, Any],
        *,
        mode: Mode,
        shape: ShapeName,
        items: tuple[str, ...] | None,
        concurrency: int,
    ) -> Paginator[Any]:
        """A `Paginator` over `operation`; `items` is the attribute path of the item list in the model."""
        from ._pagination import Paginator

        client = _with_options(self._client, options)  # one client copy for every page

        async def fetch(page_arguments: Mapping[str, Any]) -> Response[Any]:
            return await _send(operation, client, {**arguments, **page_arguments})

        per_page = arguments.get("per_page", arguments.get("limit"))
        return Paginator(
            fetch,
            mode=mode,
            shape=shape,
            items=items,
            per_page=per_page if isinstance(per_page, int) else None,
            concurrency=concurrency,
        )
