"""Per-test control and recording of MihuMock, with the SDK's own retries, errors and pagination on top.

These tests use the `mihu_mock` fixture of the pytest plugin (registered by the package's `pytest11`
entry point, so its presence here also proves the registration).
"""

from __future__ import annotations

import asyncio
import inspect
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest

from mihu_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    MihuClient,
    NotFoundError,
    RateLimitError,
)
from mihu_client._generated.api import NAMESPACES
from mihu_client._resource import Resource
from mihu_client.models import CallInitiateRequest, ContactInput
from mihu_client.testing import Call, MihuMock, MockResponseError
from tests.spec_samples import SampleBuilder, call_arguments, load_spec, operations

SPEC = load_spec()
BUILDER = SampleBuilder(SPEC)
SAMPLE_OPERATIONS = {op.operation_id: op for op in operations(SPEC)}
CONTACT_ID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


@pytest.fixture
async def client(mihu_mock: MihuMock) -> AsyncIterator[MihuClient]:
    async with mihu_mock.client() as mihu:
        yield mihu


def call_request(operation_id: str) -> CallInitiateRequest:
    """A valid body for initiateCall, built from the spec."""
    function = SAMPLE_OPERATIONS[operation_id].function()
    body: CallInitiateRequest = call_arguments(SAMPLE_OPERATIONS[operation_id], function, BUILDER).kwargs["body"]
    return body


# --- addressing -------------------------------------------------------------------------------------------


def test_a_route_is_the_same_by_operation_id_snake_name_namespace_method_and_client_method(
    mihu_mock: MihuMock,
) -> None:
    route = mihu_mock.route("getContact")
    assert mihu_mock.route("get_contact") is route
    assert mihu_mock.contacts.get is route
    assert mihu_mock.route(mihu_mock.client().contacts.get) is route


def test_every_namespace_method_of_the_client_has_a_route(mihu_mock: MihuMock) -> None:
    """Derived from the generated namespaces: no method is left unreachable (or mapped twice)."""
    client = mihu_mock.client()
    reached: set[str] = set()
    for namespace in NAMESPACES:
        resource = getattr(client, namespace)
        assert isinstance(resource, Resource)
        for method_name in type(resource)._operations:  # type: ignore[attr-defined]
            route = getattr(getattr(mihu_mock, namespace), method_name)
            reached.add(route.operation.operation_id)
    assert reached == {op.operation_id for op in mihu_mock.operations}


def test_unknown_addresses_fail_clearly(mihu_mock: MihuMock) -> None:
    with pytest.raises(KeyError, match="getContact"):
        mihu_mock.route("getContacts")
    with pytest.raises(AttributeError, match="no method 'fetch'"):
        _ = mihu_mock.contacts.fetch
    with pytest.raises(AttributeError):
        _ = mihu_mock.no_such_namespace


# --- answers on top of the real retry policy ----------------------------------------------------------


async def test_a_503_then_success_on_a_get_is_retried(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.contacts.get.fail(503).respond(json={"data": {"name": "Ada"}})
    contact = await client.contacts.get(CONTACT_ID)
    assert contact.to_dict()["data"]["name"] == "Ada"
    assert mihu_mock.contacts.get.call_count == 2


async def test_a_503_on_initiate_call_is_not_retried(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.call.initiate.fail(503, times=None)
    with pytest.raises(InternalServerError):
        await client.call.initiate(call_request("initiateCall"))
    mihu_mock.call.initiate.assert_called_once()


async def test_a_dropped_connection_is_retried_for_get_but_not_for_post(
    mihu_mock: MihuMock, client: MihuClient
) -> None:
    mihu_mock.contacts.get.drop_connection()
    await client.contacts.get(CONTACT_ID)
    assert mihu_mock.contacts.get.call_count == 2

    mihu_mock.call.initiate.drop_connection()
    with pytest.raises(APIConnectionError, match="RemoteProtocolError"):
        await client.call.initiate(call_request("initiateCall"))
    assert mihu_mock.call.initiate.call_count == 1


async def test_a_429_is_retried_even_for_post(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.call.initiate.fail(429, headers={"Retry-After": "0"})
    await client.call.initiate(call_request("initiateCall"))
    assert mihu_mock.call.initiate.call_count == 2
    mihu_mock.call.initiate.fail(429, times=3)
    with pytest.raises(RateLimitError):
        await client.call.initiate(call_request("initiateCall"))


async def test_raise_a_connect_error_is_retried_as_never_sent(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.call.initiate.raise_(httpx2.ConnectError("refused"))
    await client.call.initiate(call_request("initiateCall"))
    assert mihu_mock.call.initiate.call_count == 2


async def test_respond_checks_the_body_against_the_spec(mihu_mock: MihuMock, client: MihuClient) -> None:
    route = mihu_mock.contacts.list
    with pytest.raises(MockResponseError, match="listContacts"):
        route.respond(json={"success": "yes"})
    route.respond(json={"success": "yes"}, validate=False)
    raw = await client.contacts.with_raw_response.list()
    assert raw.json() == {"success": "yes"}


async def test_respond_takes_a_model_and_an_error_status(mihu_mock: MihuMock, client: MihuClient) -> None:
    created = await client.contacts.create(ContactInput(name="Ada"))
    mihu_mock.contacts.create.respond(status=201, json=created)
    again = await client.contacts.create(ContactInput(name="Ada"))
    assert again.to_dict() == created.to_dict()

    mihu_mock.contacts.get.respond(status=404, json={"message": "Contact not found."})
    with pytest.raises(NotFoundError, match="Contact not found"):
        await client.contacts.get(CONTACT_ID)


async def test_respond_sequence_then_the_standing_answer(mihu_mock: MihuMock, client: MihuClient) -> None:
    route = mihu_mock.contacts.get
    route.respond(json={"data": {"n": 0}})
    route.respond_sequence([{"data": {"n": 1}}, httpx2.Response(500, json={"message": "boom"}), {"data": {"n": 2}}])
    assert (await client.contacts.get(CONTACT_ID)).to_dict()["data"]["n"] == 1
    assert (await client.contacts.get(CONTACT_ID)).to_dict()["data"]["n"] == 2  # the 500 was retried
    assert (await client.contacts.get(CONTACT_ID)).to_dict()["data"]["n"] == 0
    assert route.call_count == 4


async def test_a_stateful_fake_with_a_responder(mihu_mock: MihuMock, client: MihuClient) -> None:
    contacts: dict[str, dict[str, Any]] = {}

    def create(call: Call) -> dict[str, Any]:
        contact = {"uuid": str(uuid.uuid4()), **call.body}
        contacts[contact["uuid"]] = contact
        return {"success": True, "data": contact}

    async def get(call: Call) -> Any:
        found = contacts.get(call.path_params["uuid"])
        if found is None:
            return httpx2.Response(404, json={"message": "No query results for model [Contact]."})
        return {"data": found}

    mihu_mock.contacts.create.respond_with(create)
    mihu_mock.contacts.get.respond_with(get)
    created = await client.contacts.create(ContactInput(name="Grace", surname="Hopper"))
    assert created.data and created.data.uuid
    fetched = await client.contacts.get(created.data.uuid)  # type: ignore[arg-type]
    assert fetched.to_dict()["data"]["surname"] == "Hopper"
    with pytest.raises(NotFoundError):
        await client.contacts.get(CONTACT_ID)


async def test_a_responder_returning_an_invalid_body_fails_the_test(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.contacts.list.respond_with(lambda call: {"data": "not a page"})
    with pytest.raises(MockResponseError):
        await client.contacts.list()


async def test_delay_is_cancellable_and_keeps_the_mock_usable(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.contacts.get.delay(30)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(client.contacts.get(CONTACT_ID), 0.05)
    mihu_mock.contacts.get.delay(0)
    await client.contacts.get(CONTACT_ID)
    assert mihu_mock.contacts.get.call_count == 2


async def test_a_delay_past_the_read_timeout_is_a_timeout(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.contacts.get.delay(30)
    with pytest.raises(APITimeoutError):
        await client.contacts.get(CONTACT_ID, options={"timeout": 0.02, "max_retries": 1})
    assert mihu_mock.contacts.get.call_count == 2  # a read timeout on a GET is retried


async def test_many_concurrent_calls_with_cancellations(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.contacts.get.delay(0.2)  # long enough that no call ends before the cancellations
    tasks = [asyncio.ensure_future(client.contacts.get(CONTACT_ID)) for _ in range(300)]
    await asyncio.sleep(0)
    for task in tasks[::3]:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert sum(isinstance(r, asyncio.CancelledError) for r in results) == 100
    assert all(not isinstance(r, Exception) for r in results)
    assert mihu_mock.violations == []


# --- recording --------------------------------------------------------------------------------------------


async def test_calls_are_recorded_decoded_with_the_token_masked(mihu_mock: MihuMock, client: MihuClient) -> None:
    await client.contacts.list(page=2, per_page=5, search="ada")
    (call,) = mihu_mock.calls
    assert (call.operation_id, call.method, call.path) == ("listContacts", "GET", "/api/v1/contacts")
    assert call.query == {"page": 2, "per_page": 5, "search": "ada"}
    assert call.headers["authorization"] == "Bearer ***"
    assert mihu_mock.token not in repr(mihu_mock.calls)
    mihu_mock.contacts.list.assert_called_once_with(query={"page": 2, "per_page": 5, "search": "ada"})
    with pytest.raises(AssertionError, match="per_page"):
        mihu_mock.contacts.list.assert_called_once_with(query={"page": 2})


async def test_assertion_helpers(mihu_mock: MihuMock, client: MihuClient) -> None:
    mihu_mock.contacts.get.respond(json={"data": {}})
    mihu_mock.contacts.create.fail(500)
    mihu_mock.contacts.delete.assert_not_called()
    with pytest.raises(AssertionError, match="createContact, getContact"):
        mihu_mock.assert_all_routes_called()
    await client.contacts.get(CONTACT_ID)
    mihu_mock.contacts.get.assert_called_once_with(path_params={"uuid": str(CONTACT_ID)})
    mihu_mock.contacts.get.assert_called_once_with(path_params={"uuid": CONTACT_ID})  # a UUID compares as text
    with pytest.raises(InternalServerError):
        await client.contacts.create(ContactInput(name="Ada", email="ada@example.com"))
    mihu_mock.contacts.create.assert_called_once_with(body={"name": "Ada", "email": "ada@example.com"})
    mihu_mock.contacts.create.assert_called_once_with(body=ContactInput(name="Ada", email="ada@example.com"))
    mihu_mock.assert_all_routes_called()
    with pytest.raises(AssertionError, match="called 1 time"):
        mihu_mock.contacts.get.assert_not_called()


async def test_multipart_calls_are_recorded_with_their_files(mihu_mock: MihuMock, client: MihuClient) -> None:
    operation = next(op for op in SAMPLE_OPERATIONS.values() if op.operation_id == "uploadWhatsappTemplateMedia")
    function = operation.function()
    arguments = call_arguments(operation, function, BUILDER)
    await function(client=client, **arguments.kwargs)
    assert mihu_mock.violations == []
    body = mihu_mock.calls[0].body
    assert body["file"].content and body["file"].filename


@pytest.mark.mihu_mock(seed=7)
def test_the_fixture_takes_arguments_from_its_marker(mihu_mock: MihuMock) -> None:
    assert mihu_mock.seed == 7 and mihu_mock.calls == []


# --- pagination and raw responses ---------------------------------------------------------------------------


def paginating_methods() -> list[tuple[str, str]]:
    """(namespace, method) of every auto-paginating method of the client, found by its non-async nature."""
    client = MihuMock().client()
    found = []
    for namespace in NAMESPACES:
        resource = getattr(client, namespace)
        for name in type(resource)._operations:
            if not inspect.iscoroutinefunction(getattr(resource, name)):
                found.append((namespace, name))
    return found


@pytest.mark.parametrize(("namespace", "method"), paginating_methods())
async def test_list_all_ends_over_the_default_pages(
    namespace: str, method: str, mihu_mock: MihuMock, client: MihuClient
) -> None:
    bound = getattr(getattr(client, namespace), method)
    route = getattr(getattr(mihu_mock, namespace), method)
    sample = SAMPLE_OPERATIONS[route.operation.operation_id]
    built = call_arguments(sample, sample.function(), BUILDER).kwargs
    accepted = inspect.signature(bound).parameters
    kwargs = {k: v for k, v in built.items() if k in accepted and k not in ("page", "cursor")}
    pages = [page async for page in bound(**kwargs).pages()]
    assert mihu_mock.violations == []
    assert route.calls[0].query.get("page", 1) == 1
    # At most one page (none when the schema leaves the page free-form, so nothing is generated in it);
    # a page without pagination keys makes the paginator ask for page 2, which is empty.
    assert len(pages) <= 1 and route.call_count <= 2
    if route.call_count == 2:
        assert route.calls[1].query["page"] == 2


async def test_a_page_past_the_last_is_empty(mihu_mock: MihuMock, client: MihuClient) -> None:
    first = await client.contacts.with_raw_response.list(page=1)
    later = await client.contacts.with_raw_response.list(page=3)
    assert first.json()["data"]["data"] and later.json()["data"]["data"] == []
    assert later.json()["data"]["current_page"] == 3 and later.json()["data"]["last_page"] == 1
    assert first.request_id is not None and first.request_id.startswith("mock-")
