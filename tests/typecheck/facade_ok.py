"""Type-checked, never run: the namespace surface as user code writes it.

mypy must accept all of it, and `assert_type` pins the exact types, so a namespace or method that
degraded to `Any` would fail here instead of passing silently.
"""

from __future__ import annotations

from typing import Any, assert_type
from uuid import UUID

from mihu_client import MihuClient, Page, Paginator, RawResponse, RequestOptions
from mihu_client._generated.api.call import Call
from mihu_client._generated.api.contacts import Contacts
from mihu_client.models import (
    CallInitiateRequest,
    Contact,
    GetPbxExtensionConnectorResponse200,
    InitiateCallResponse200,
    ListContactsResponse200,
    ListContactsStatus,
)


async def use(mihu: MihuClient, uuid: UUID, body: CallInitiateRequest) -> None:
    assert_type(mihu.contacts, Contacts)
    assert_type(mihu.call, Call)
    assert_type(await mihu.pbx_extension_connectors.get(uuid), GetPbxExtensionConnectorResponse200)
    assert_type(await mihu.contacts.list(page=2, status=ListContactsStatus.ACTIVE), ListContactsResponse200)
    assert_type(await mihu.call.initiate(body), InitiateCallResponse200)

    contacts = mihu.contacts.list_all(per_page=100, status=ListContactsStatus.ACTIVE)
    assert_type(contacts, Paginator[Contact])
    async for contact in contacts:
        assert_type(contact, Contact)
    async for page in mihu.contacts.list_all(concurrency=4).pages():
        assert_type(page, Page[Contact])
    async for message in mihu.conversations.list_all_messages(uuid):
        assert_type(message, Any)  # the spec leaves message pages open: raw JSON items

    raw = await mihu.contacts.with_raw_response.list(page=1)
    assert_type(raw, RawResponse[ListContactsResponse200])
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    assert_type(raw.parsed, ListContactsResponse200)

    options: RequestOptions = {"timeout": 5.0, "max_retries": 0, "headers": {"X-Trace": "1"}}
    await mihu.contacts.get(uuid, options=options)
    assert_type(mihu.contacts.with_options(timeout=10), Contacts)
    await mihu.with_options(max_retries=0).contacts.get(uuid)

    extras: RequestOptions = {"extra_query": {"include": "tags"}, "extra_body": {"x": 1}, "extra_headers": {"X-A": "1"}}
    await mihu.contacts.list(page=1, options=extras)
    assert_type(mihu.with_options(extra_query={"include": "tags"}), MihuClient)

    assert_type(await mihu.get("/api/v1/voice-library"), Any)
    assert_type(await mihu.request("GET", "/x", cast_to=ListContactsResponse200), ListContactsResponse200)
    assert_type(await mihu.post("/x", json={}, cast_to=ListContactsResponse200), ListContactsResponse200)
    assert_type(await mihu.with_raw_response.get("/x"), RawResponse[Any])
    assert_type(await mihu.with_raw_response.delete("/x", cast_to=Contact), RawResponse[Contact])
