"""Bad input fails early with a typed error that says what to fix, and nothing is sent for it."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from mihu_client import AuthenticationError, MihuClient, RetryPolicy
from tests.conftest import FAST_RETRY, TEST_TOKEN
from tests.servers.fault_server import FaultServer, Reply

ENV = ("MIHU_API_TOKEN", "MIHU_TENANT", "MIHU_BASE_URL")
TABLE = uuid.UUID("2b0f6f6e-5c43-4bb6-9d1e-0c3f6d3a1b11")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


# --- values from the environment name their variable -----------------------------------------------------


@pytest.mark.parametrize("value", ["acme.evil.com", "a b", "x/y"])
def test_a_bad_tenant_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("MIHU_TENANT", value)
    with pytest.raises(ValueError, match="MIHU_TENANT") as caught:
        MihuClient()
    assert "one DNS label" in str(caught.value)


@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ("acme.mihu.ai", "absolute http"),
        ("http://acme.mihu.ai", "plain http"),
        ("https://acme.mihu.ai/?x=1", "query string"),
        ("https://acme.mihu.ai/api/v1", "/api/v1"),
    ],
)
def test_a_bad_base_url_from_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, value: str, complaint: str
) -> None:
    monkeypatch.setenv("MIHU_BASE_URL", value)
    with pytest.raises(ValueError, match="MIHU_BASE_URL") as caught:
        MihuClient()
    assert complaint in str(caught.value)


def test_a_bad_token_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIHU_API_TOKEN", "two words")
    with pytest.raises(ValueError, match="MIHU_API_TOKEN") as caught:
        MihuClient("acme")
    assert "two words" not in str(caught.value)


def test_arguments_are_named_as_arguments() -> None:
    with pytest.raises(ValueError, match=r"^subdomain must"):
        MihuClient("a b")
    with pytest.raises(ValueError, match=r"^base_url must"):
        MihuClient(base_url="ftp://acme.mihu.ai")


# --- settings of the wrong type or shape --------------------------------------------------------------------


@pytest.mark.parametrize("timeout", ["5", b"5", [5], object()])
async def test_a_timeout_that_is_not_a_number_is_a_type_error(fault_server: FaultServer, timeout: Any) -> None:
    with pytest.raises(TypeError, match=r"timeout must be a number of seconds .*got "):
        MihuClient("acme", timeout=timeout)
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN) as mihu:
        with pytest.raises(TypeError, match="timeout must be a number"):
            mihu.with_options(timeout=timeout)
        with pytest.raises(TypeError, match="timeout must be a number"):
            await mihu.contacts.get(TABLE, options={"timeout": timeout})
    assert fault_server.requests == []


@pytest.mark.parametrize("policy", ["x", 3, {"base_delay": 1}])
def test_a_retry_policy_that_is_not_a_retry_policy_is_refused_at_construction(policy: Any) -> None:
    with pytest.raises(TypeError, match=r"retry_policy must be a mihu_client\.RetryPolicy"):
        MihuClient("acme", retry_policy=policy)
    assert MihuClient("acme", retry_policy=RetryPolicy(base_delay=1.0)).base_url == "https://acme.mihu.ai"


@pytest.mark.parametrize(
    "url", ["https://acme.mihu.ai/api/v1", "https://acme.mihu.ai/api/v1/", "https://proxy.example.com/mihu/API/V1"]
)
def test_a_base_url_ending_in_the_api_prefix_is_refused_with_the_fix(url: str) -> None:
    with pytest.raises(ValueError, match=r"must not end in /api/v1.*use 'https://") as caught:
        MihuClient(base_url=url)
    fixed = str(caught.value).rsplit("use ", 1)[1].strip("'")
    assert MihuClient(base_url=fixed).base_url == fixed
    assert MihuClient(base_url="https://proxy.example.com/api/v1x").base_url == "https://proxy.example.com/api/v1x"


# --- path parameters -----------------------------------------------------------------------------------------


async def test_a_none_path_parameter_is_refused_before_sending(fault_server: FaultServer) -> None:
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN, retry_policy=FAST_RETRY) as mihu:
        with pytest.raises(TypeError, match="path parameter 'uuid' is required, got None"):
            await mihu.contacts.get(None)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="path parameter 'record' is required, got None"):
            await mihu.tables.delete_record(TABLE, None)  # type: ignore[arg-type]
        for bad in ("", ".", ".."):
            with pytest.raises(ValueError, match=f"path parameter 'record' must name one resource, got '{bad}'"):
                await mihu.tables.delete_record(TABLE, bad)
        with pytest.raises(ValueError, match="path parameter 'uuid' must name one resource"):
            await mihu.contacts.get("")  # type: ignore[arg-type]
    assert fault_server.requests == []


async def test_path_parameters_are_percent_encoded(fault_server: FaultServer) -> None:
    path = f"/api/v1/data/{TABLE}/records/a%2Fb%20c"
    fault_server.script(path, Reply.json({"success": True}))
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN) as mihu:
        await mihu.tables.delete_record(TABLE, "a/b c")
    assert fault_server.count(path) == 1


async def test_uuid_path_parameters_name_the_resource_every_time(fault_server: FaultServer) -> None:
    """Each id reaches the server in its canonical spelling, repeated and past the ids kept per process."""
    from mihu_client._generated.types import _UUID_CACHE_SIZE, uuid_text

    ids = [uuid.UUID(int=number * 0x10001) for number in range(3)] + [uuid.UUID(TABLE.hex.upper())]
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN) as mihu:
        for contact_id in ids + ids:
            fault_server.script(f"/api/v1/contacts/{contact_id}", Reply.json({"success": True, "data": {}}))
            await mihu.contacts.get(contact_id)
    assert [request.path for request in fault_server.requests] == [f"/api/v1/contacts/{i}" for i in ids + ids]
    for number in range(_UUID_CACHE_SIZE + 10):
        value = uuid.UUID(int=number)
        assert uuid_text(value) == str(value)


# --- no token ----------------------------------------------------------------------------------------------


async def test_a_401_without_a_configured_token_says_how_to_configure_one(fault_server: FaultServer) -> None:
    path = f"/api/v1/contacts/{TABLE}"
    fault_server.script(path, Reply.json({"message": "Unauthenticated."}, status=401))
    async with MihuClient(base_url=fault_server.url) as anonymous:
        with pytest.raises(AuthenticationError) as caught:
            await anonymous.contacts.get(TABLE)
    message = str(caught.value)
    assert message.startswith("401 Unauthorized: Unauthenticated. (no API token was configured")
    assert "token=" in message and "MIHU_API_TOKEN" in message

    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN) as authenticated:
        with pytest.raises(AuthenticationError) as caught:
            await authenticated.contacts.get(TABLE)
    assert "no API token" not in str(caught.value) and TEST_TOKEN not in str(caught.value)
