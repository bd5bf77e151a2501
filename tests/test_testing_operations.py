"""Every operation of the snapshot, called through the SDK on MihuMock: accepted, answered, parsed strictly.

The operations come from the spec (a new one is covered without touching this file) and their
arguments from tests/spec_samples.py, as in the Prism contract suite. Here the mock checks each request
(no violation may be recorded: the mock must accept what the SDK sends for valid input) and answers with
a body that must parse into the annotated model with `strict=True`. The same mock is also built on the
newer shared document, without regenerating, to check that whatever a snapshot holds is served validly.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx2
import pytest
import pytest_asyncio

from mihu_client import MihuClient
from mihu_client.testing import MihuMock
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

SPEC = load_spec()
BUILDER = SampleBuilder(SPEC)
OPERATIONS = operations(SPEC)
SHARED_SPEC = Path(__file__).resolve().parents[2] / "shared" / "openapi" / "api-docs.json"
"""The newer rebuild of the vendor document, beside the repository (../shared)."""


@pytest.fixture(scope="module")
def mock() -> MihuMock:
    return MihuMock()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def strict_client(mock: MihuMock) -> AsyncIterator[MihuClient]:
    async with mock.client(strict=True) as client:
        yield client


def test_the_mock_serves_exactly_the_operations_of_the_snapshot(mock: MihuMock) -> None:
    assert {op.operation_id for op in mock.operations} == {op.operation_id for op in OPERATIONS}
    assert len(mock.operations) == len(OPERATIONS)


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_operation_is_accepted_and_answered_in_strict_mode(
    operation: Operation, mock: MihuMock, strict_client: MihuClient
) -> None:
    function = operation.function()
    arguments = call_arguments(operation, function, BUILDER)
    before = len(mock.violations)

    response = await function(client=strict_client, **arguments.kwargs)

    assert mock.violations[before:] == [], f"the mock rejected a valid {operation.operation_id} request"
    assert mock.calls[-1].operation_id == operation.operation_id
    assert 200 <= response.status_code < 300
    if success_schema(BUILDER, operation, response.status_code) is not None:
        expected = response_model_types(function)
        assert isinstance(response.parsed, expected), f"{operation.operation_id}: parsed {response.parsed!r:.200}"
        problems = mock.checker.errors(
            json.loads(response.content),
            success_schema(BUILDER, operation, response.status_code) or {},
            mode="response",
            location="body",
        )
        assert problems == []


def test_generated_bodies_are_deterministic_for_a_seed() -> None:
    async def bodies(seed: int) -> list[bytes]:
        mock = MihuMock(seed=seed)
        async with httpx2.AsyncClient(transport=mock, base_url=mock.base_url) as http:
            headers = {"Authorization": f"Bearer {mock.token}"}
            found = []
            for operation in mock.operations:
                if operation.method == "GET" and "{" not in operation.path:
                    found.append((await http.get(operation.path, headers=headers)).content)
            return found

    first, again, other = (asyncio.run(bodies(seed)) for seed in (1, 1, 2))
    assert first == again
    assert first != other


@pytest.mark.skipif(not SHARED_SPEC.is_file(), reason="no shared snapshot beside the repository")
async def test_every_operation_of_another_snapshot_is_served_valid_bodies_for_valid_requests() -> None:
    """Built on the newer document without regenerating: requests built from it pass, answers fit it."""
    document = load_spec(SHARED_SPEC)
    builder = SampleBuilder(document)
    mock = MihuMock(spec=SHARED_SPEC)
    shared_operations = operations(document)
    in_spec = sum(1 for item in document["paths"].values() for method in item if method in HTTP_METHODS)
    assert len(mock.operations) == len(shared_operations) == in_spec

    async with httpx2.AsyncClient(transport=mock, base_url=mock.base_url) as http:
        for operation in shared_operations:
            path = operation.path
            query: dict[str, object] = {}
            for parameter in operation.parameters:
                value = builder.parameter_value(parameter, operation.operation_id)
                if parameter["in"] == "path":
                    path = path.replace("{" + parameter["name"] + "}", str(value))
                elif parameter["in"] == "query":
                    query[parameter["name"]] = json.dumps(value) if isinstance(value, bool) else value
            body = builder.request_body(operation)
            kwargs: dict[str, object] = {}
            if body is not None:
                content_type, value = body
                if "json" in content_type:
                    kwargs["json"] = value
                else:
                    kwargs["files"] = {
                        k: (f"{k}.bin", v, "application/octet-stream") if isinstance(v, bytes) else (None, str(v))
                        for k, v in value.items()
                    }
            response = await http.request(
                operation.method, path, params=query, headers={"Authorization": "Bearer t"}, **kwargs
            )
            assert mock.violations == [], f"{operation.operation_id}: {[str(v) for v in mock.violations]}"
            assert 200 <= response.status_code < 300, operation.operation_id
            served = mock.spec.by_id[operation.operation_id]
            schema = served.response_schema(response.status_code)
            if schema is not None:
                problems = mock.checker.errors(response.json(), schema, mode="response", location="body")
                assert problems == [], f"{operation.operation_id}: {problems}"
