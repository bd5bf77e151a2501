"""extra_query / extra_body / extra_headers: what the spec does not list reaches the wire, on every kind of call."""

from __future__ import annotations

import io
import json
import uuid
from typing import Any
from urllib.parse import parse_qs

import pytest

from mihu_client import MihuClient
from mihu_client._generated.api.contacts import get_contact
from mihu_client._generated.types import File
from mihu_client._http_client import SdkHttpClient
from mihu_client.models import ContactInput, TranscriptionCreateRequest
from tests.servers.fault_server import FaultServer, RecordedRequest, Reply

CONTACT = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
CONTACT_PATH = f"/api/v1/contacts/{CONTACT}"


def query(request: RecordedRequest) -> dict[str, list[str]]:
    return parse_qs(request.query)


def laravel_page(page: int, last_page: int) -> dict[str, Any]:
    items = [{"uuid": f"00000000-0000-4000-8000-{page:012d}", "name": f"Contact {page}"}]
    return {"success": True, "data": {"current_page": page, "data": items, "per_page": 1, "last_page": last_page}}


async def test_extra_query_is_merged_over_the_operations_parameters(
    fault_server: FaultServer, mihu: MihuClient
) -> None:
    fault_server.script("/api/v1/contacts", Reply.json({"success": True}))
    await mihu.contacts.list(page=2, per_page=5, options={"extra_query": {"include": "tags", "per_page": 50}})
    [request] = fault_server.requests
    assert query(request) == {"page": ["2"], "per_page": ["50"], "include": ["tags"]}


async def test_extra_body_is_merged_into_the_json_body(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/contacts", Reply.json({"success": True}))
    ada = ContactInput(name="Ada", phone_number="+15555550123")
    await mihu.contacts.create(ada, options={"extra_body": {"loyalty_tier": "gold", "name": "Ada L.", "n": [1]}})
    [request] = fault_server.requests
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.body) == {**ada.to_dict(), "loyalty_tier": "gold", "name": "Ada L.", "n": [1]}


async def test_extra_body_becomes_form_fields_of_a_multipart_body(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/transcriptions", Reply.json({"success": True}))
    body = TranscriptionCreateRequest(voice_file=File(io.BytesIO(b"RIFF...."), "call.wav", "audio/wav"), email="a@b.c")
    extra = {"diarize": True, "speakers": 2, "label": "inbound", "meta": {"k": "v"}, "email": "x@y.z"}
    await mihu.transcriptions.create(body, options={"extra_body": extra})
    [request] = fault_server.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    fields = parse_multipart(request)
    assert fields["voice_file"] == b"RIFF...."
    assert fields["diarize"] == b"true" and fields["speakers"] == b"2" and fields["label"] == b"inbound"
    assert json.loads(fields["meta"]) == {"k": "v"}
    assert fields["email"] == b"x@y.z"  # replaces the model's own field, sent once
    assert request.body.count(b'name="email"') == 1


async def test_extra_body_without_a_body_is_sent_as_json(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(f"/api/v1/flow/{CONTACT}/deploy", Reply.json({"success": True}))
    await mihu.flows.deploy(CONTACT, options={"extra_body": {"reason": "release 7"}})
    [request] = fault_server.requests
    assert json.loads(request.body) == {"reason": "release 7"}


async def test_extra_headers_override_every_other_header(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/contacts", Reply.json({"success": True}))
    extra_headers = {"X-Feature": "beta", "Accept": "application/vnd.mihu+json", "Content-Type": "application/json"}
    await mihu.contacts.create(ContactInput(name="Ada"), options={"extra_headers": extra_headers})
    await mihu.contacts.create(ContactInput(name="Ada"))
    with_extras, plain = fault_server.requests
    assert with_extras.headers["x-feature"] == "beta"
    assert with_extras.headers["accept"] == "application/vnd.mihu+json"
    assert "x-feature" not in plain.headers and plain.headers["accept"] == "application/json"


async def test_generated_calls_and_client_copies_carry_extras(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CONTACT_PATH, Reply.json({"success": True}))
    tagged = mihu.with_options(extra_query={"a": "1"}, extra_headers={"X-A": "1"})
    layered = tagged.with_options(extra_query={"b": "2"}, timeout=5)
    await get_contact.asyncio(CONTACT, client=tagged)
    await layered.contacts.get(CONTACT)
    await mihu.contacts.with_options(extra_query={"c": "3"}).get(CONTACT)
    await mihu.contacts.get(CONTACT)
    first, second, third, fourth = fault_server.requests
    assert query(first) == {"a": ["1"]} and first.headers["x-a"] == "1"
    assert query(second) == {"a": ["1"], "b": ["2"]} and second.headers["x-a"] == "1"
    assert query(third) == {"c": ["3"]} and "x-a" not in third.headers
    assert query(fourth) == {} and type(mihu.get_async_httpx_client()) is SdkHttpClient  # no extras: no merging


async def test_every_page_of_a_paginated_call_carries_extras(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/contacts", Reply.json(laravel_page(1, 2)), Reply.json(laravel_page(2, 2)))
    names = [c.name async for c in mihu.contacts.list_all(per_page=1, options={"extra_query": {"scope": "all"}})]
    assert names == ["Contact 1", "Contact 2"]
    assert [query(request) for request in fault_server.requests] == [
        {"page": [str(page)], "per_page": ["1"], "scope": ["all"]} for page in (1, 2)
    ]


async def test_a_body_that_cannot_take_fields_is_a_type_error(fault_server: FaultServer, mihu: MihuClient) -> None:
    http = mihu.with_options(extra_body={"a": 1}).get_async_httpx_client()
    with pytest.raises(TypeError, match="JSON list body"):
        await http.post("/x", json=[1, 2])
    with pytest.raises(TypeError, match="raw body"):
        await http.post("/x", content=b"bytes")
    with pytest.raises(TypeError, match="extra_query must be a mapping"):
        mihu.with_options(extra_query=[("a", "1")])  # type: ignore[arg-type]
    assert fault_server.requests == []


def parse_multipart(request: RecordedRequest) -> dict[str, bytes]:
    """Field name -> contents of a multipart/form-data body."""
    boundary = request.headers["content-type"].split("boundary=", 1)[1].encode()
    fields: dict[str, bytes] = {}
    for part in request.body.split(b"--" + boundary)[1:-1]:
        head, _, contents = part.strip(b"\r\n").partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        fields[name] = contents
    return fields
