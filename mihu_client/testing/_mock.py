"""MihuMock: the Mihu API in-process, as an httpx2 transport under a real `MihuClient`.

Only the network is replaced: the client's retries, typed errors, namespaces, pagination and raw
responses all run on top, exactly as against the real API. Each request is matched to an operation of
the spec, checked against it (parameters, body, bearer token) and recorded; an invalid one is answered
as the API answers invalid input, a valid one by its route (see `Route`) or with a spec-generated body.
"""

from __future__ import annotations

import difflib
import itertools
import json
import random
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx2

from .._retry import RetryPolicy
from ._namespaces import NamespaceRoutes, loose_key, namespace_methods, resource_method_target
from ._pages import as_single_page
from ._records import Call, Violation, masked_headers
from ._responses import error_body, json_response, laravel_errors, response_problems
from ._routes import Route
from ._samples import NO_EXAMPLE, SampleGenerator
from ._spec import NoOperation, Operation, Spec, load_document
from ._validation import FieldError, SchemaChecker, check_request

if TYPE_CHECKING:
    from .._client import MihuClient

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TOKEN", "MihuMock"]

DEFAULT_BASE_URL = "https://mock.mihu.invalid"
"""`.invalid` never resolves: a client pointed here by mistake cannot reach anything."""
DEFAULT_TOKEN = "mihu-mock-token"
FAST_RETRIES = RetryPolicy(base_delay=0.001, max_delay=0.01, max_retry_after=5.0)
"""What `client()` retries with: the real policy's decisions, without real waits."""


class MihuMock(httpx2.AsyncBaseTransport):
    """A fake Mihu API: `mihu = MihuMock().client()`, or `MihuClient(..., transport=mock)`.

    `spec` is the OpenAPI document to serve (default: the snapshot this SDK was generated from; a path
    or a dict for another). `seed` makes generated bodies differ between mocks while staying the same
    from run to run. Routes are reached by operationId (`mock.route("getContact")`) or like the client's
    methods (`mock.contacts.get`). `calls` and `violations` record everything received.
    """

    def __init__(
        self,
        spec: str | Path | Mapping[str, Any] | None = None,
        *,
        seed: int = 0,
        base_url: str = DEFAULT_BASE_URL,
        token: str = DEFAULT_TOKEN,
    ) -> None:
        self.spec = Spec(load_document(spec))
        self.checker = SchemaChecker(self.spec)
        self.seed = seed
        self.base_url = base_url
        self.token = token
        self.calls: list[Call] = []
        self.violations: list[Violation] = []
        self._samples = SampleGenerator(self.spec, self.checker)
        self._routes: dict[str, Route] = {}
        self._bodies: dict[tuple[str, int, int], bytes] = {}
        self._request_ids = itertools.count(1)
        self._by_loose_key = {loose_key(op.operation_id): op for op in self.spec.operations}

    def __repr__(self) -> str:
        return f"<MihuMock {len(self.spec.operations)} operations, {len(self.calls)} call(s), {len(self.violations)} violation(s)>"

    # --- what tests use ---------------------------------------------------------------------------------

    @property
    def operations(self) -> tuple[Operation, ...]:
        """Every operation of the served document."""
        return self.spec.operations

    def client(self, **options: Any) -> MihuClient:
        """A `MihuClient` on this mock (its token, near-zero retry waits); `options` go to `MihuClient`."""
        from .._client import MihuClient

        settings: dict[str, Any] = {"base_url": self.base_url, "token": self.token, "retry_policy": FAST_RETRIES}
        settings.update(options)
        return MihuClient(transport=self, **settings)

    def route(self, operation: str | Callable[..., Any]) -> Route:
        """The route of one operation: its operationId (`"getContact"`, `"get_contact"` also works) or a
        client's namespace method (`mihu.contacts.get`)."""
        if callable(operation) and not isinstance(operation, str):
            target = resource_method_target(operation)
            if target is None:
                raise TypeError(f"{operation!r} is not a method of a MihuClient namespace")
            operation = target
        if not isinstance(operation, str):
            raise TypeError("route needs an operationId or a namespace method")
        found = self.spec.by_id.get(operation) or self._by_loose_key.get(loose_key(operation))
        if found is None:
            close = difflib.get_close_matches(operation, list(self.spec.by_id), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise KeyError(f"no operation {operation!r} in the spec{hint}")
        route = self._routes.get(found.operation_id)
        if route is None:
            route = self._routes[found.operation_id] = Route(self, found)
        return route

    def __getattr__(self, name: str) -> NamespaceRoutes:
        """`mock.contacts` and the other namespaces of the client, for `mock.contacts.get.respond(...)`."""
        if name.startswith("_"):
            raise AttributeError(name)
        methods = namespace_methods(name)
        if methods is None:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r} (and no namespace of that name)")
        return NamespaceRoutes(name, methods, self.route)

    def reset(self) -> None:
        """Forget every route's behaviour, the calls and the violations."""
        for route in self._routes.values():
            route.reset()
        self.calls.clear()
        self.violations.clear()

    def assert_all_routes_called(self) -> None:
        """Every route a test configured (respond, fail, ...) was called at least once."""
        idle = [
            route.operation.operation_id for route in self._routes.values() if route.configured and not route.called
        ]
        if idle:
            raise AssertionError(f"configured but never called: {', '.join(sorted(idle))}")

    def assert_no_violations(self) -> None:
        """No request broke the spec."""
        if self.violations:
            shown = "\n  ".join(str(v) for v in self.violations[:20])
            raise AssertionError(f"{len(self.violations)} request(s) broke the spec:\n  {shown}")

    # --- the transport ----------------------------------------------------------------------------------

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        content = await request.aread()
        method, path = request.method.upper(), request.url.path
        headers = masked_headers(request.headers)
        try:
            operation, raw_params = self.spec.match(method, path)
        except NoOperation as missing:
            violation = Violation(None, method, path, "route", path, missing.message)
            self._record(Call(None, method, path, {}, dict(request.url.params), None, headers, (violation,)), None)
            return json_response(missing.status, {"message": missing.message})

        checked = check_request(
            self.checker,
            self.spec,
            operation,
            raw_params,
            list(request.url.params.multi_items()),
            {key.lower(): value for key, value in request.headers.items()},
            content,
        )
        errors = list(checked.errors)
        unauthenticated = operation.needs_token and not _has_bearer(request.headers.get("authorization"))
        if unauthenticated:
            errors.insert(0, FieldError("header", "Authorization", "Unauthenticated."))
        violations = tuple(
            Violation(operation.operation_id, method, path, error.location, error.field, error.message)
            for error in errors
        )
        call = Call(
            operation.operation_id,
            method,
            path,
            checked.path_params,
            checked.query,
            checked.body,
            headers,
            violations,
        )
        route = self.route(operation.operation_id)
        self._record(call, route)
        if unauthenticated:
            return json_response(401, {"message": "Unauthenticated."}, self._headers())
        if violations:
            return json_response(422, laravel_errors(list(violations)), self._headers())
        response = await route.answer(call, request)
        if "x-request-id" not in response.headers:
            response.headers["x-request-id"] = self._headers()["x-request-id"]
        return response

    async def aclose(self) -> None:
        """Nothing to release; the mock stays usable by other clients."""

    # --- used by routes ---------------------------------------------------------------------------------

    async def default_response(self, operation: Operation, call: Call, status: int | None = None) -> httpx2.Response:
        """The spec-generated answer: the same bytes for the same seed, operation, status and page."""
        status = operation.success_status() if status is None else status
        page = call.query.get("page")
        page = page if isinstance(page, int) and not isinstance(page, bool) and page > 0 else 1
        key = (operation.operation_id, status, page)
        content = self._bodies.get(key)
        if content is None:
            content = self._bodies[key] = self._generate(operation, status, page)
        if not content and status >= 400:
            content = json.dumps(error_body(status)).encode()
        return json_response(status, content, self._headers())

    def _generate(self, operation: Operation, status: int, page: int) -> bytes:
        rng = random.Random(f"{self.seed}:{operation.operation_id}:{status}")
        body = self._samples.response_body(operation, status, rng)
        if body is NO_EXAMPLE:
            return b""
        paged = as_single_page(json.loads(json.dumps(body)), page)
        if not response_problems(self.checker, operation, status, paged):
            body = paged
        return json.dumps(body).encode()

    def _record(self, call: Call, route: Route | None) -> None:
        self.calls.append(call)
        self.violations.extend(call.violations)
        if route is not None:
            route.calls.append(call)

    def _headers(self) -> dict[str, str]:
        return {"x-request-id": f"mock-{next(self._request_ids):06d}"}


def _has_bearer(value: str | None) -> bool:
    scheme, _, token = (value or "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())
