"""The namespace surface (`mihu.contacts.list(...)`): naming, coverage, calls, raw responses, options.

Calls go to Prism (the spec's own mock) or to the fault server when a test needs scripted headers,
delays or failures; nothing is patched.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from mihu_client import APITimeoutError, InternalServerError, MihuClient, NotFoundError
from mihu_client._generated import api
from mihu_client._resource import Resource
from mihu_client._response import RawResponse
from tests.conftest import TEST_TOKEN
from tests.servers.fault_server import FaultServer, Reply
from tests.servers.prism import PrismServer
from tests.snapshot import models, namespace_class, operations

pytest_plugins = ("tests.servers.prism_fixture",)

ROOT = Path(__file__).resolve().parents[1]
UUID = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")


def namespace_classes() -> dict[str, type[Resource]]:
    """Namespace attribute -> its generated class (each tag module exports the class first)."""
    return {name: namespace_class(name) for name in api.NAMESPACES}


@pytest.fixture
async def prism_client(prism_server: PrismServer) -> AsyncIterator[MihuClient]:
    async with MihuClient(base_url=prism_server.base_url, token=TEST_TOKEN, max_retries=0) as client:
        yield client


# --- naming and coverage (no requests) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("namespace", "method", "module"),
    [
        ("contacts", "list", "list_contacts"),
        ("contacts", "list_all", "list_contacts"),
        ("pbx_extension_connectors", "get", "get_pbx_extension_connector"),
        ("call", "initiate", "initiate_call"),
        ("contacts", "add_to_blacklist", "add_contact_to_blacklist"),
        ("conversations", "list_messages", "list_conversation_messages"),
        ("conversations", "list_all_messages", "list_conversation_messages"),
        ("whats_app", "send_template_message", "send_whatsapp_template_message"),
        ("phone_numbers", "update_channel_settings", "update_phone_number_channel_settings"),
        # Both syncs would shorten to `sync`: the rule keeps their full names.
        ("whats_app_templates", "sync_whatsapp_templates", "sync_whatsapp_templates"),
        ("whats_app_templates", "sync_whatsapp_template", "sync_whatsapp_template"),
    ],
)
def test_method_names_follow_the_rule(namespace: str, method: str, module: str) -> None:
    resource = namespace_class(namespace)
    operations: dict[str, str] = resource._operations  # type: ignore[attr-defined]
    assert method in operations, f"mihu.{namespace} has no method {method!r} (operation {module} renamed or removed?)"
    assert operations[method] == module
    assert callable(getattr(resource, method))


def test_every_operation_is_one_method_of_its_first_tag() -> None:
    expected = {operation.module: operation for operation in operations()}
    reached: dict[str, list[str]] = {}
    for namespace, resource in namespace_classes().items():
        methods: dict[str, str] = resource._operations  # type: ignore[attr-defined]
        for name, module in methods.items():
            if inspect.iscoroutinefunction(getattr(resource, name)):
                reached.setdefault(module, []).append(f"{namespace}.{name}")
    unreached = [str(operation) for module, operation in expected.items() if module not in reached]
    assert not unreached, f"operations with no namespace method: {unreached}"
    twice = {module: names for module, names in reached.items() if len(names) > 1}
    assert not twice, f"operations served by more than one method: {twice}"
    assert set(reached) == set(expected), f"methods for unknown operations: {sorted(set(reached) - set(expected))}"
    # One namespace per first tag that has an operation (a tag named only second gets none).
    first_tags = {operation.namespace for operation in operations()}
    assert set(namespace_classes()) == first_tags


@pytest.mark.uses("listContacts")
async def test_raw_twin_for_every_method_and_docstrings_from_the_spec(prism_client: MihuClient) -> None:
    for name in api.NAMESPACES:
        resource = getattr(prism_client, name)
        assert isinstance(resource, Resource)
        for method in resource._operations:  # type: ignore[attr-defined]
            if inspect.iscoroutinefunction(getattr(resource, method)):
                twin = getattr(resource.with_raw_response, method)  # type: ignore[attr-defined]
                assert twin.__doc__ == getattr(resource, method).__doc__
    doc = prism_client.contacts.list.__doc__ or ""
    assert doc.startswith("Get paginated list of contacts")
    assert "status (ListContactsStatus | Unset)" in doc
    assert "`GET /api/v1/contacts`" in doc


@pytest.mark.uses("listContacts")
def test_import_stays_light_and_namespaces_load_on_first_use() -> None:
    code = (
        "import json, sys, mihu_client\n"
        "mihu = mihu_client.MihuClient(base_url='http://127.0.0.1:9', token='t0ken-for-import-test')\n"
        "def loaded():\n"
        "    prefixes = ('mihu_client._generated.api.', 'mihu_client._generated.models')\n"
        "    return sorted(m for m in sys.modules if m.startswith(prefixes))\n"
        "before = loaded()\n"
        "mihu.contacts\n"
        "print(json.dumps([before, loaded()]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    before, after = json.loads(result.stdout)
    assert before == [], "namespaces or models loaded before first use"
    assert after == ["mihu_client._generated.api.contacts"]


# --- calls (Prism) -----------------------------------------------------------------------------------


@pytest.mark.uses("getPbxExtensionConnector", "listContacts", "initiateCall")
async def test_methods_return_parsed_models(prism_client: MihuClient) -> None:
    connector = await prism_client.pbx_extension_connectors.get(UUID)
    assert isinstance(connector, models.GetPbxExtensionConnectorResponse200)
    contacts = await prism_client.contacts.list(page=2, status=models.ListContactsStatus.ACTIVE)
    assert isinstance(contacts, models.ListContactsResponse200)
    body = models.CallInitiateRequest.from_dict(
        {
            "agentId": str(UUID),
            "prompt": {"content": "Confirm tomorrow's appointment."},
            "participant": {"number": "+15555550100"},
        }
    )
    assert isinstance(await prism_client.call.initiate(body), models.InitiateCallResponse200)


@pytest.mark.uses("getContact")
async def test_errors_raise_typed_and_per_call_headers_reach_the_server(prism_client: MihuClient) -> None:
    # Prism answers with the documented status a `Prefer` header asks for.
    with pytest.raises(NotFoundError):
        await prism_client.contacts.get(UUID, options={"headers": {"Prefer": "code=404"}})
    assert isinstance(await prism_client.contacts.get(UUID), models.GetContactResponse200)  # that call only


# --- raw responses and options (fault server) --------------------------------------------------------


LIST_BODY = {"success": True, "message": "ok", "data": {"current_page": 1, "data": [], "last_page": 1, "total": 0}}


@pytest.mark.uses("listContacts")
async def test_raw_response_carries_status_headers_json_and_model(fault_server: FaultServer, mihu: MihuClient) -> None:
    headers = {"X-Request-Id": "req-42", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "59"}
    fault_server.script("/api/v1/contacts", Reply.json(LIST_BODY, headers=headers))
    raw = await mihu.contacts.with_raw_response.list(page=1)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req-42"
    assert (raw.rate_limit.limit, raw.rate_limit.remaining, raw.rate_limit.retry_after) == (60, 59, None)
    assert raw.headers["x-ratelimit-limit"] == "60"
    assert raw.json() == LIST_BODY
    assert isinstance(raw.parsed, models.ListContactsResponse200)
    assert raw.parse() is raw.parsed
    assert fault_server.count("/api/v1/contacts") == 1  # all of it from one request


@pytest.mark.uses("listContacts", "getContact")
async def test_concurrent_raw_calls_keep_their_own_responses(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/api/v1/contacts", Reply.json(LIST_BODY, headers={"X-Request-Id": "contacts"}, delay=0.05))
    fault_server.script(f"/api/v1/contacts/{UUID}", Reply.json({"data": {}}, headers={"X-Request-Id": "one"}))
    listing, single = await asyncio.gather(
        mihu.contacts.with_raw_response.list(), mihu.contacts.with_raw_response.get(UUID)
    )
    assert (listing.request_id, single.request_id) == ("contacts", "one")


@pytest.mark.uses("getContact")
async def test_per_call_options_apply_to_that_call_only(fault_server: FaultServer, mihu: MihuClient) -> None:
    path = f"/api/v1/contacts/{UUID}"
    fault_server.script(path, Reply.json({"data": {}}))
    await mihu.contacts.get(UUID, options={"headers": {"X-Trace": "abc"}})
    await mihu.contacts.get(UUID)
    first, second = fault_server.requests_for(path)
    assert first.headers.get("x-trace") == "abc"
    assert "x-trace" not in second.headers
    assert first.headers["authorization"] == f"Bearer {TEST_TOKEN}"

    fault_server.reset()
    fault_server.script(path, Reply.json({"message": "down"}, status=503))
    with pytest.raises(InternalServerError, match="down"):
        await mihu.contacts.get(UUID, options={"max_retries": 0})
    assert fault_server.count(path) == 1

    fault_server.reset()
    fault_server.script(path, Reply.json({"data": {}}, delay=2.0))
    with pytest.raises(APITimeoutError):
        await mihu.contacts.get(UUID, options={"timeout": 0.2, "max_retries": 0})


@pytest.mark.uses("getContact")
async def test_namespace_with_options_and_client_copies(fault_server: FaultServer, mihu: MihuClient) -> None:
    path = f"/api/v1/contacts/{UUID}"
    fault_server.script(path, Reply.json({"data": {}}))
    scoped = mihu.contacts.with_options(headers={"X-Scope": "1"})
    assert type(scoped) is type(mihu.contacts) and scoped is not mihu.contacts
    await scoped.get(UUID)
    copy = mihu.with_options(headers={"X-Copy": "1"})
    assert copy.contacts is not mihu.contacts and copy.contacts is copy.contacts
    await copy.contacts.get(UUID)
    scoped_request, copy_request = fault_server.requests_for(path)
    assert scoped_request.headers.get("x-scope") == "1" and "x-copy" not in scoped_request.headers
    assert copy_request.headers.get("x-copy") == "1" and "x-scope" not in copy_request.headers


# --- static typing (mypy over example files) ---------------------------------------------------------


@pytest.mark.uses("getPbxExtensionConnector", "listContacts", "getContact", "initiateCall", "listConversationMessages")
def test_mypy_accepts_the_good_example_and_rejects_each_marked_misuse(tmp_path: Path) -> None:
    """tests/typecheck/*_ok.py must pass; each `# E: code` line of facade_bad.py must fail with that code."""
    folder = ROOT / "tests" / "typecheck"
    files = [str(path) for path in sorted(folder.glob("*_ok.py"))] + [str(folder / "facade_bad.py")]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(tmp_path),
            "--no-error-summary",
            "--show-error-codes",
            *files,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    errors = {
        (Path(path).name, int(line), code)
        for path, line, code in re.findall(r"^(\S+\.py):(\d+): error: .*\[([a-z-]+)\]$", result.stdout, re.MULTILINE)
    }
    expected = {
        ("facade_bad.py", number, match.group(1))
        for number, text in enumerate((folder / "facade_bad.py").read_text().splitlines(), start=1)
        if (match := re.search(r"# E: ([a-z-]+)$", text))
    }
    assert result.returncode == 1, result.stdout + result.stderr
    assert errors == expected, result.stdout
