"""Contract suite: every operation of the snapshot, called through MihuClient against Prism.

Operations are read from openapi/api-docs.json (a new one is covered without touching this file) and
given valid arguments built from the spec (tests/spec_samples.py). For each call the test asserts that
Prism accepted the request (no request violation), that the body the SDK sent carries the values it was
given, and, where the spec declares a schema for the 2xx status returned, that the response parsed into
the generated model the function is annotated to return.
"""

from __future__ import annotations

import datetime
import json
import warnings
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio

from mihu_client import APIStatusError, MihuClient
from tests.servers.prism import PrismServer, violations
from tests.spec_samples import (
    HTTP_METHODS,
    Operation,
    SampleBuilder,
    call_arguments,
    load_spec,
    operations,
    response_model_types,
    success_schema,
)

pytest_plugins = ("tests.servers.prism_fixture",)

SPEC = load_spec()
BUILDER = SampleBuilder(SPEC)
OPERATIONS = operations(SPEC)
EXERCISED: dict[str, set[str]] = {}
"""Operation ids exercised, per wire backend."""
RESPONSE_VIOLATIONS: dict[str, list[str]] = {}


class SpecExampleWarning(UserWarning):
    """An example in the snapshot breaks its own schema; the suite synthesised a value instead."""


class PrismResponseWarning(UserWarning):
    """Prism reported its mocked response as breaking the spec (a problem in the document, not the SDK)."""


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def contract_client(prism_server: PrismServer, http_backend: str) -> AsyncIterator[MihuClient]:
    async with MihuClient(
        base_url=prism_server.base_url, token="test-token", strict=True, http_backend=http_backend
    ) as client:
        yield client


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_operation_honours_contract(operation: Operation, contract_client: MihuClient, http_backend: str) -> None:
    call = f"{operation.method.upper()} {operation.path} ({operation.operation_id})"
    try:
        function = operation.function()
    except Exception as exc:  # a generated module that does not even import
        pytest.fail(f"{call}: cannot import {operation.module_name()}.asyncio_detailed: {exc!r}")
    arguments = call_arguments(operation, function, BUILDER)

    try:
        response = await function(client=contract_client, **arguments.kwargs)
    except APIStatusError as error:
        pytest.fail(f"Prism rejected {call}: {_describe(error)}\nbuilt from: {_dump(arguments.json_body)}")

    request_problems = [v for v in violations(response.headers) if v.get("location", [""])[0] == "request"]
    assert not request_problems, f"Prism flagged the request of {call}: {request_problems}"
    assert 200 <= response.status_code < 300, f"{call}: status {response.status_code}"
    response_problems = [v for v in violations(response.headers) if v.get("location", [""])[0] == "response"]
    if response_problems:
        RESPONSE_VIOLATIONS[operation.operation_id] = [str(v.get("message")) for v in response_problems]

    if arguments.json_body is not None and "json" in (arguments.content_type or ""):
        sent = arguments.kwargs["body"].to_dict()
        difference = _first_difference(arguments.json_body, sent)
        assert difference is None, f"{call}: the generated body model changed the payload at {difference}"

    if success_schema(BUILDER, operation, response.status_code) is not None:
        expected = response_model_types(function)
        assert expected, f"{call}: the spec declares a {response.status_code} schema but no model is returned"
        assert isinstance(response.parsed, expected), (
            f"{call}: parsed {type(response.parsed).__name__} ({response.parsed!r:.200}), "
            f"expected {' | '.join(t.__name__ for t in expected)}"
        )
    EXERCISED.setdefault(http_backend, set()).add(operation.operation_id)


def test_every_operation_in_spec_was_exercised(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs after the parametrised test (file order): each backend's count must be the spec's own operation count."""
    in_spec = sum(1 for item in SPEC["paths"].values() for method in item if method in HTTP_METHODS)
    assert EXERCISED, "no operation was exercised"
    with capsys.disabled():
        counts = ", ".join(f"{len(done)}/{in_spec} on {backend}" for backend, done in EXERCISED.items())
        print(f"\ncontract: operations exercised: {counts}")
    for location, reason in BUILDER.rejected_examples.items():
        warnings.warn(f"{location} ignored: {reason}", SpecExampleWarning, stacklevel=1)
    for operation_id, messages in RESPONSE_VIOLATIONS.items():
        warnings.warn(f"{operation_id}: {messages}", PrismResponseWarning, stacklevel=1)
    for backend, done in EXERCISED.items():
        missing = sorted({op.operation_id for op in OPERATIONS} - done)
        assert len(done) == in_spec, f"not exercised on {backend}: {missing}"


def _describe(error: APIStatusError) -> str:
    """Status plus Prism's validation details (problem body and/or the sl-violations header)."""
    details: list[Any] = []
    if isinstance(error.body, dict) and error.body.get("validation"):
        details.extend(error.body["validation"])
    details.extend(v for v in violations(error.response.headers) if v not in details)
    if not details:
        details.append(error.body)
    return f"{error.status_code}: " + "; ".join(
        f"{'/'.join(map(str, d.get('location', [])))}: {d.get('message')}" if isinstance(d, dict) else repr(d)
        for d in details
    )


def _dump(value: Any) -> str:
    return json.dumps(value, default=repr)[:2000]


def _first_difference(expected: Any, sent: Any, where: str = "body") -> str | None:
    """Where `sent` stops carrying `expected` (same timestamps in another spelling count as equal)."""
    if isinstance(expected, dict) and isinstance(sent, dict):
        for key in expected.keys() | sent.keys():
            if key not in sent or key not in expected:
                return f"{where}.{key} ({'dropped' if key not in sent else 'added'})"
            found = _first_difference(expected[key], sent[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(sent, list):
        if len(expected) != len(sent):
            return f"{where} (sent {len(sent)} items, given {len(expected)})"
        for index, (a, b) in enumerate(zip(expected, sent, strict=True)):
            found = _first_difference(a, b, f"{where}[{index}]")
            if found:
                return found
        return None
    if expected == sent or _same_instant(expected, sent):
        return None
    return f"{where} (given {expected!r}, sent {sent!r})"


def _same_instant(a: Any, b: Any) -> bool:
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    try:
        parsed = [datetime.datetime.fromisoformat(s.replace("Z", "+00:00")) for s in (a, b)]
    except ValueError:
        return False
    return parsed[0] == parsed[1]
