"""A 2xx never silently becomes ``None``: cut-off, undecodable, empty and ``null`` bodies through the SDK.

Operations documented with a JSON body raise (``APIConnectionError`` for a body the wire broke, retried
by the usual rules; ``ResponseValidationError`` for an empty or ``null`` document) in lenient and strict
mode alike; operations documented without a body keep returning ``None``.
"""

from __future__ import annotations

import gzip
import json
import uuid

import pytest

from mihu_client import APIConnectionError, MihuClient, ResponseValidationError
from mihu_client._generated.types import decode_json
from mihu_client.models import ContactInput, CreateContactResponse201
from tests.servers.fault_server import FaultServer, Reply

CONTACTS = "/api/v1/contacts"
CONTACT = {"success": True, "data": {"uuid": str(uuid.uuid4()), "name": "Ada", "phone_number": "+15555550123"}}
ADA = ContactInput(name="Ada", phone_number="+15555550123")


def gzipped(data: object, *, cut: int = 0) -> Reply:
    """A gzip JSON body, optionally cut ``cut`` bytes before its end; Content-Length matches what is sent."""
    body = gzip.compress(json.dumps(data).encode())
    return Reply.raw(body[: len(body) - cut], content_type="application/json", headers={"Content-Encoding": "gzip"})


@pytest.fixture(params=[False, True], ids=["lenient", "strict"])
def client(request: pytest.FixtureRequest, mihu: MihuClient) -> MihuClient:
    return mihu.with_options(strict=request.param)


async def test_whole_gzip_body_parses(fault_server: FaultServer, client: MihuClient) -> None:
    fault_server.script(CONTACTS, gzipped(CONTACT))
    created = await client.contacts.create(ADA)
    assert isinstance(created, CreateContactResponse201)
    assert created.data and created.data.name == "Ada"


@pytest.mark.parametrize("cut", [1, 8, 30])
async def test_cut_off_gzip_body_of_a_post_raises_and_is_sent_once(
    fault_server: FaultServer, client: MihuClient, cut: int
) -> None:
    fault_server.script(CONTACTS, gzipped(CONTACT, cut=cut))
    with pytest.raises(APIConnectionError):
        await client.contacts.create(ADA)
    assert fault_server.count(CONTACTS, "POST") == 1


async def test_cut_off_gzip_body_of_a_get_is_retried(fault_server: FaultServer, client: MihuClient) -> None:
    contact_id = uuid.uuid4()
    path = f"{CONTACTS}/{contact_id}"
    fault_server.script(path, gzipped(CONTACT, cut=8), gzipped(CONTACT))
    got = await client.contacts.get(contact_id)
    assert got.to_dict() == CONTACT
    assert fault_server.count(path) == 2


@pytest.mark.parametrize(
    "reply",
    [Reply.raw(b"", content_type="application/json"), Reply.json(None), Reply.raw(b"", 201), Reply.status_only(204)],
    ids=["empty", "null", "empty-201", "204"],
)
async def test_empty_or_null_document_is_a_validation_error(
    fault_server: FaultServer, client: MihuClient, reply: Reply
) -> None:
    fault_server.script(CONTACTS, reply)
    with pytest.raises(ResponseValidationError, match="POST /api/v1/contacts"):
        await client.contacts.create(ADA)
    raw_error = None
    try:
        await client.contacts.with_raw_response.create(ADA)
    except ResponseValidationError as error:
        raw_error = error
    assert raw_error is not None, "the raw-response path must not hide the missing document either"


async def test_operation_documented_without_a_body_still_returns_none(
    fault_server: FaultServer, client: MihuClient
) -> None:
    agent_id = uuid.uuid4()
    path = f"/api/v1/agents/{agent_id}/evaluate"
    fault_server.script(path, Reply.status_only(204))
    assert await client.evaluate.delete_agent_settings(agent_id) is None


DOCUMENT = json.dumps(CONTACT)
SPELLINGS = {
    "compact": DOCUMENT.encode(),
    "indented": json.dumps(CONTACT, indent=2).encode(),
    "surrounding whitespace": b" \r\n\t" + DOCUMENT.encode() + b"\n ",
    "trailing newline": DOCUMENT.encode() + b"\r\n",
    "utf-8 BOM": b"\xef\xbb\xbf" + DOCUMENT.encode(),
    "utf-16": DOCUMENT.encode("utf-16"),
    "utf-16-le without BOM": DOCUMENT.encode("utf-16-le"),
    "utf-32-be without BOM": DOCUMENT.encode("utf-32-be"),
    "non-ASCII text": json.dumps({"success": True, "name": "Zoë Ñandú 東京"}, ensure_ascii=False).encode(),
    "escaped surrogate pair": b'{"emoji": "\\ud83d\\ude00"}',
    "lone escaped surrogate": b'{"odd": "\\ud800"}',
}
NOT_JSON = {
    "html": b"<html><body>Bad gateway</body></html>",
    "trailing data": DOCUMENT.encode() + b" {}",
    "trailing non-JSON whitespace": DOCUMENT.encode() + b"\x0b",
    "two documents": b"{}{}",
    "cut off": DOCUMENT.encode()[:-3],
    "empty": b"",
    "whitespace only": b" \n",
    "raw control character": b'{"a": "x\x01y"}',
    "invalid utf-8": b'{"a": "\xff"}',
    "NaN-like word": b"nope",
}


@pytest.mark.parametrize("body", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_decode_json_reads_every_spelling_as_json_loads_does(body: bytes) -> None:
    assert decode_json(body) == json.loads(body)


@pytest.mark.parametrize("body", list(NOT_JSON.values()), ids=list(NOT_JSON))
def test_decode_json_fails_as_json_loads_does(body: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(body)
    with pytest.raises(type(expected.value)) as got:
        decode_json(body)
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("name", ["surrounding whitespace", "utf-8 BOM", "utf-16", "non-ASCII text"])
async def test_bodies_json_loads_reads_parse_through_the_client(
    fault_server: FaultServer, client: MihuClient, name: str
) -> None:
    body = SPELLINGS[name] if name != "non-ASCII text" else json.dumps(CONTACT, ensure_ascii=False).encode()
    fault_server.script(CONTACTS, Reply.raw(body, 201, content_type="application/json"))
    created = await client.contacts.create(ADA)
    assert created.to_dict() == CONTACT
