"""Per-operation control of a `MihuMock`: what the next calls answer, and what the calls were.

A route answers from a queue of one-shot steps first (`fail(times=2)`, `respond_sequence`, ...), then
from its standing answer (`respond`, `respond_with`), then with the spec-generated default. Every
method returns the route, so they chain: `mock.contacts.get.fail(503).respond(json=...)`.
"""

from __future__ import annotations

import asyncio
import inspect
import math
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol

import httpx2

from ._records import Call
from ._responses import check_response, error_body, json_response, jsonable
from ._spec import Operation
from ._validation import SchemaChecker

__all__ = ["Responder", "Route"]

Responder = Callable[[Call], Any]
"""`respond_with` callables: take the `Call`, return (or return an awaitable of) a body, a model, an
`httpx2.Response`, or raise. Keep state in a closure or an object for a stateful fake."""

_Step = Callable[[Call, httpx2.Request], Awaitable[httpx2.Response]]
_MISSING: Any = object()


class _Mock(Protocol):
    """What a route needs from its mock."""

    checker: SchemaChecker

    async def default_response(
        self, operation: Operation, call: Call, status: int | None = None
    ) -> httpx2.Response: ...


class Route:
    """One operation of the mock: its configured answers and the calls it received."""

    def __init__(self, mock: _Mock, operation: Operation) -> None:
        self._mock = mock
        self.operation = operation
        self.calls: list[Call] = []
        self._steps: deque[_Step] = deque()
        self._standing: _Step | None = None
        self._delay = 0.0
        self.configured = False
        """Whether a test gave this route any behaviour (what `assert_all_routes_called` checks)."""

    def __repr__(self) -> str:
        return f"<Route {self.operation.operation_id} {self.operation.method} {self.operation.path}: {self.call_count} call(s)>"

    # --- answers ----------------------------------------------------------------------------------------

    def respond(
        self,
        status: int | None = None,
        json: Any = _MISSING,
        *,
        headers: Mapping[str, str] | None = None,
        validate: bool = True,
    ) -> Route:
        """Answer every later call with `status` and `json` (a dict, list or generated model).

        Without `json` the body is the spec-generated one for `status`. The body is checked against the
        spec's schema for `status` now, unless `validate=False` (`MockResponseError` if it does not fit).
        """
        status = self.operation.success_status() if status is None else _check_status(status)
        if json is _MISSING:

            async def generated(call: Call, request: httpx2.Request) -> httpx2.Response:
                response = await self._mock.default_response(self.operation, call, status)
                response.headers.update(headers or {})
                return response

            return self._stand(generated)
        body = jsonable(json)
        if validate:
            check_response(self._mock.checker, self.operation, status, body)
        return self._stand(_static(status, body, headers))

    def respond_with(self, responder: Responder, *, validate: bool = True) -> Route:
        """Answer every later call with what `responder(call)` returns (sync or async; may raise).

        A returned body is sent with the operation's success status and checked against the spec unless
        `validate=False`; a returned `httpx2.Response` is sent as it is.
        """
        if not callable(responder):
            raise TypeError("respond_with needs a callable taking the Call")

        async def answer(call: Call, request: httpx2.Request) -> httpx2.Response:
            result = responder(call)
            if inspect.isawaitable(result):
                result = await result
            return self._reply(result, validate)

        return self._stand(answer)

    def respond_sequence(self, replies: Iterable[Any], *, validate: bool = True) -> Route:
        """Answer the next calls one by one: a body or model (success status), an `httpx2.Response`, or an
        exception to raise. Afterwards the standing answer applies again."""
        for reply in list(replies):
            if not isinstance(reply, httpx2.Response | BaseException) and validate:
                check_response(self._mock.checker, self.operation, self.operation.success_status(), jsonable(reply))
            self._queue(_once(reply, self._reply, validate), 1)
        return self

    def fail(
        self,
        status: int = 503,
        *,
        times: int | None = 1,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Route:
        """Answer the next `times` calls (every call for `times=None`) with an error status.

        The body defaults to Laravel's `{"message": <reason phrase>}`; `headers` can carry `Retry-After`.
        """
        status = _check_status(status)
        body = error_body(status) if json is None else jsonable(json)
        return self._queue(_static(status, body, headers), times)

    def drop_connection(self, *, times: int | None = 1) -> Route:
        """Drop the connection after the request was sent, before any response, for the next `times` calls.

        Raises the error the real connection pool raises then (`httpx2.RemoteProtocolError`), so the
        client treats it as "the server may have acted": retried for GET/PUT/DELETE, not for POST/PATCH.
        """

        async def drop(call: Call, request: httpx2.Request) -> httpx2.Response:
            raise httpx2.RemoteProtocolError("Server disconnected without sending a response.", request=request)

        return self._queue(drop, times)

    def raise_(self, exception: BaseException, *, times: int | None = 1) -> Route:
        """Raise `exception` from the transport for the next `times` calls (an httpx2 error is classified
        and wrapped by the client like a real one)."""
        if not isinstance(exception, BaseException):
            raise TypeError("raise_ needs an exception instance")

        async def fail(call: Call, request: httpx2.Request) -> httpx2.Response:
            raise exception

        return self._queue(fail, times)

    def delay(self, seconds: float) -> Route:
        """Wait `seconds` before answering each later call (0 to stop).

        The wait is an `asyncio.sleep`, so cancelling the caller cancels it cleanly. When it is longer
        than the request's read timeout the call fails with `httpx2.ReadTimeout` after the timeout, as
        it would over a network.
        """
        if not (isinstance(seconds, int | float) and math.isfinite(seconds) and seconds >= 0):
            raise ValueError(f"delay needs a finite number of seconds >= 0, got {seconds!r}")
        self._delay = float(seconds)
        self.configured = True
        return self

    def reset(self) -> Route:
        """Forget the configured answers, the delay and the recorded calls."""
        self._steps.clear()
        self._standing = None
        self._delay = 0.0
        self.calls.clear()
        self.configured = False
        return self

    # --- recording --------------------------------------------------------------------------------------

    @property
    def called(self) -> bool:
        return bool(self.calls)

    @property
    def call_count(self) -> int:
        return len(self.calls)

    @property
    def last_call(self) -> Call:
        if not self.calls:
            raise AssertionError(f"{self.operation.operation_id} was not called")
        return self.calls[-1]

    def assert_called(self) -> None:
        if not self.calls:
            raise AssertionError(f"expected {self.operation.operation_id} to be called; it was not")

    def assert_not_called(self) -> None:
        if self.calls:
            raise AssertionError(
                f"expected {self.operation.operation_id} not to be called; it was called {self.call_count} time(s): "
                f"{_describe_calls(self.calls)}"
            )

    def assert_called_once(self) -> None:
        if self.call_count != 1:
            raise AssertionError(
                f"expected {self.operation.operation_id} to be called once; it was called {self.call_count} time(s)"
                + (f": {_describe_calls(self.calls)}" if self.calls else "")
            )

    def assert_called_with(self, **expected: Any) -> None:
        """The last call had these `path_params`, `query`, `body`, `headers` or `path` (each compared whole)."""
        _compare(self.operation.operation_id, self.last_call, expected)

    def assert_called_once_with(self, **expected: Any) -> None:
        """Called exactly once, with these `path_params`, `query`, `body`, `headers` or `path`."""
        self.assert_called_once()
        _compare(self.operation.operation_id, self.calls[0], expected)

    # --- used by the mock -------------------------------------------------------------------------------

    async def answer(self, call: Call, request: httpx2.Request) -> httpx2.Response:
        """The response to one valid call: the next one-shot step, else the standing answer, else the default."""
        step = self._steps.popleft() if self._steps else self._standing
        if self._delay:
            await _wait(self._delay, request)
        if step is None:
            return await self._mock.default_response(self.operation, call)
        return await step(call, request)

    def _stand(self, step: _Step) -> Route:
        self._standing = step
        self.configured = True
        return self

    def _queue(self, step: _Step, times: int | None) -> Route:
        if times is None:
            return self._stand(step)
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be a positive integer or None (always), got {times!r}")
        self._steps.extend([step] * times)
        self.configured = True
        return self

    def _reply(self, value: Any, validate: bool) -> httpx2.Response:
        if isinstance(value, httpx2.Response):
            return value
        if isinstance(value, BaseException):
            raise value
        status = self.operation.success_status()
        body = jsonable(value)
        if validate:
            check_response(self._mock.checker, self.operation, status, body)
        return json_response(status, body)


def _static(status: int, body: Any, headers: Mapping[str, str] | None) -> _Step:
    """A step that builds a fresh response each time (a response's body can be read only once)."""

    async def step(call: Call, request: httpx2.Request) -> httpx2.Response:
        return json_response(status, body, headers)

    return step


def _once(reply: Any, convert: Callable[[Any, bool], httpx2.Response], validate: bool) -> _Step:
    async def step(call: Call, request: httpx2.Request) -> httpx2.Response:
        return convert(reply, validate)

    return step


async def _wait(seconds: float, request: httpx2.Request) -> None:
    timeout = (request.extensions.get("timeout") or {}).get("read")
    if isinstance(timeout, int | float) and seconds > timeout:
        await asyncio.sleep(timeout)
        raise httpx2.ReadTimeout(f"No response within the read timeout ({timeout:g}s).", request=request)
    await asyncio.sleep(seconds)


def _check_status(status: int) -> int:
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ValueError(f"status must be an HTTP status code (100-599), got {status!r}")
    return status


_COMPARABLE = ("path_params", "query", "body", "headers", "path")


def _compare(operation_id: str, call: Call, expected: Mapping[str, Any]) -> None:
    unknown = set(expected) - set(_COMPARABLE)
    if unknown:
        raise TypeError(f"cannot compare {sorted(unknown)}; use any of {', '.join(_COMPARABLE)}")
    for name, wanted in expected.items():
        actual = getattr(call, name)
        wanted = jsonable(wanted)
        if name == "headers":
            actual = {key: actual.get(key.lower()) for key in wanted}
        elif name in ("path_params", "query"):
            actual = dict(actual)
        if actual != wanted:
            raise AssertionError(f"{operation_id} was called with {name}={actual!r}, expected {wanted!r}")


def _describe_calls(calls: list[Call]) -> str:
    shown = "; ".join(f"{c.method} {c.path} query={dict(c.query)!r}" for c in calls[:5])
    return shown + (" …" if len(calls) > 5 else "")
