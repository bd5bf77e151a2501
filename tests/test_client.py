"""MihuClient: where it connects, what it sends, how copies share a pool, and a generated call end to end."""

from __future__ import annotations

import functools
import subprocess
import sys
import uuid

import httpx2
import pytest

from mihu_client import APITimeoutError, MihuClient, NotFoundError
from tests.conftest import FAST_RETRY, TEST_TOKEN, MakeClient
from tests.servers.fault_server import FaultServer, Reply
from tests.snapshot import operation_module

ENV = ("MIHU_API_TOKEN", "MIHU_TENANT", "MIHU_BASE_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


# --- base URL ---------------------------------------------------------------------------------------------


def test_base_url_from_subdomain_and_domain() -> None:
    assert MihuClient("acme").base_url == "https://acme.mihu.ai"
    assert MihuClient("Acme-2", domain="mindhunters.ai").base_url == "https://acme-2.mindhunters.ai"
    assert MihuClient("acme", base_url="https://proxy.example.com/mihu/").base_url == "https://proxy.example.com/mihu"


def test_environment_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIHU_TENANT", "envco")
    assert MihuClient().base_url == "https://envco.mihu.ai"
    assert MihuClient("explicit").base_url == "https://explicit.mihu.ai"
    monkeypatch.setenv("MIHU_BASE_URL", "https://gateway.example.com")
    assert MihuClient().base_url == "https://gateway.example.com"
    assert MihuClient("explicit").base_url == "https://explicit.mihu.ai"
    monkeypatch.setenv("MIHU_BASE_URL", "")
    assert MihuClient().base_url == "https://envco.mihu.ai"


def test_no_tenant_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="MIHU_TENANT"):
        MihuClient(token="t")


@pytest.mark.parametrize(
    "subdomain",
    ["acme.evil.com", "acme/x", "user@host", "a b", "", "..", ".", "-acme", "acme-", "a" * 64, "acme\n", "évil", "a_b"],
)
def test_subdomain_must_be_one_dns_label(subdomain: str) -> None:
    with pytest.raises(ValueError, match="subdomain"):
        MihuClient(subdomain)


@pytest.mark.parametrize("domain", ["", "mihu.ai/x", "mihu..ai", "evil.com@mihu.ai", "mihu.ai."])
def test_domain_must_be_a_host_name(domain: str) -> None:
    with pytest.raises(ValueError, match="domain"):
        MihuClient("acme", domain=domain)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8000", "http://127.9.9.9", "http://[::1]:8000", "http://localhost:4010", "https://10.0.0.1"],
)
def test_plain_http_allowed_for_loopback(url: str) -> None:
    assert MihuClient(base_url=url).base_url == url


@pytest.mark.parametrize("url", ["http://acme.mihu.ai", "http://10.0.0.1:8080", "http://localhost.evil.com"])
def test_plain_http_elsewhere_needs_opt_in(url: str) -> None:
    with pytest.raises(ValueError, match="allow_insecure_http"):
        MihuClient(base_url=url)
    assert MihuClient(base_url=url, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize(
    "url", ["acme.mihu.ai", "ftp://acme.mihu.ai", "https://", "https://acme.mihu.ai/?x=1", "https://acme.mihu.ai/#f"]
)
def test_bad_base_urls(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        MihuClient(base_url=url)


def test_base_url_with_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(ValueError) as caught:
        MihuClient(base_url="https://user:s3cret@acme.mihu.ai")
    assert "s3cret" not in str(caught.value)


# --- token and headers ------------------------------------------------------------------------------------


async def test_default_headers(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/h", Reply.json({}))
    await mihu.get_async_httpx_client().get("/h")
    [request] = fault_server.requests
    assert request.headers["authorization"] == f"Bearer {TEST_TOKEN}"
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"] == f"mihu-client/0.1.0 python-httpx2/{httpx2.__version__}"


async def test_token_from_environment_and_no_token(
    fault_server: FaultServer, monkeypatch: pytest.MonkeyPatch, make_client: MakeClient
) -> None:
    fault_server.script("/h", Reply.json({}))
    monkeypatch.setenv("MIHU_API_TOKEN", " env-token\n")
    async with make_client(base_url=fault_server.url) as from_env:
        await from_env.get_async_httpx_client().get("/h")
    monkeypatch.setenv("MIHU_API_TOKEN", "")
    async with make_client(base_url=fault_server.url) as anonymous:
        await anonymous.get_async_httpx_client().get("/h")
    async with make_client(base_url=fault_server.url, token="Bearer pasted|token") as pasted:
        await pasted.get_async_httpx_client().get("/h")
    first, second, third = fault_server.requests
    assert first.headers["authorization"] == "Bearer env-token"
    assert "authorization" not in second.headers
    assert third.headers["authorization"] == "Bearer pasted|token"


@pytest.mark.parametrize("token", ["", "  ", "two words", "line\nbreak", "naïve"])
def test_bad_tokens_refused_without_echo(token: str) -> None:
    with pytest.raises(ValueError) as caught:
        MihuClient("acme", token=token)
    if token.strip():
        assert token not in str(caught.value)


def test_repr_masks_token() -> None:
    mihu = MihuClient("acme", token=TEST_TOKEN)
    assert repr(mihu) == "MihuClient(base_url='https://acme.mihu.ai', token='***', max_retries=2, strict=False)"
    assert TEST_TOKEN not in repr(mihu.get_async_httpx_client().headers)
    assert "token=None" in repr(MihuClient("acme"))


# --- timeouts and retries settings ------------------------------------------------------------------------


def test_timeout_settings() -> None:
    assert MihuClient("acme").timeout == httpx2.Timeout(60.0, connect=10.0)
    assert MihuClient("acme", timeout=5).timeout == httpx2.Timeout(5.0)
    custom = httpx2.Timeout(30.0, connect=2.0)
    assert MihuClient("acme", timeout=custom).timeout is custom
    assert MihuClient("acme", timeout=None).timeout == httpx2.Timeout(None)
    assert MihuClient("acme").get_async_httpx_client().timeout == httpx2.Timeout(60.0, connect=10.0)
    for bad in (0, -1, float("nan")):
        with pytest.raises(ValueError, match="timeout"):
            MihuClient("acme", timeout=bad)
    with pytest.raises(TypeError, match="timeout"):
        MihuClient("acme", timeout=True)


def test_max_retries_validation() -> None:
    assert MihuClient("acme", max_retries=0).max_retries == 0
    for bad in (-1, True, 1.5):
        with pytest.raises(ValueError, match="max_retries"):
            MihuClient("acme", max_retries=bad)  # type: ignore[arg-type]


# --- with_options -----------------------------------------------------------------------------------------


def test_with_options_changes_only_the_copy() -> None:
    mihu = MihuClient("acme", token=TEST_TOKEN)
    copy = mihu.with_options(timeout=3, max_retries=0, strict=True, retry_unsafe=True, headers={"X-Trace": "1"})
    assert type(copy) is MihuClient
    assert (copy.timeout, copy.max_retries, copy.strict, copy.retry_unsafe) == (httpx2.Timeout(3.0), 0, True, True)
    assert (mihu.timeout, mihu.max_retries, mihu.strict, mihu.retry_unsafe) == (
        httpx2.Timeout(60.0, connect=10.0),
        2,
        False,
        False,
    )
    assert copy.base_url == mihu.base_url
    assert repr(copy).startswith("MihuClient(base_url='https://acme.mihu.ai', token='***'")
    assert copy.with_options(timeout=None).timeout == httpx2.Timeout(None)
    assert copy.with_options().timeout == httpx2.Timeout(3.0)
    with pytest.raises(ValueError):
        mihu.with_options(max_retries=-1)


def test_with_options_does_not_carry_cached_attributes() -> None:
    class WithCache(MihuClient):
        @functools.cached_property
        def scratch(self) -> object:
            return object()

    mihu = WithCache("acme")
    cached = mihu.scratch
    copy = mihu.with_options(max_retries=0)
    assert type(copy) is WithCache
    assert copy.scratch is not cached


async def test_with_options_headers_and_timeout_reach_the_wire(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script("/slow", Reply.json({}, delay=2.0), Reply.json({"ok": True}))
    quick = mihu.with_options(timeout=httpx2.Timeout(5.0, read=0.2), max_retries=0, headers={"X-Trace": "abc"})
    with pytest.raises(APITimeoutError):
        await quick.get_async_httpx_client().get("/slow")
    assert (await mihu.get_async_httpx_client().get("/slow")).json() == {"ok": True}
    copied, original = fault_server.requests
    assert copied.headers["x-trace"] == "abc"
    assert copied.headers["authorization"] == original.headers["authorization"] == f"Bearer {TEST_TOKEN}"
    assert "x-trace" not in original.headers


async def test_copies_share_the_pool_and_only_the_original_closes_it(
    fault_server: FaultServer, make_client: MakeClient
) -> None:
    fault_server.script("/p", Reply.json({}))
    mihu = make_client(base_url=fault_server.url, retry_policy=FAST_RETRY)
    async with mihu.with_options(max_retries=1) as copy:
        await copy.get_async_httpx_client().get("/p")
    await mihu.get_async_httpx_client().get("/p")  # closing the copy left the pool open
    other = mihu.with_options(headers={"X-Other": "1"})
    await other.get_async_httpx_client().get("/p")
    await mihu.aclose()
    with pytest.raises(RuntimeError):
        await other.get_async_httpx_client().get("/p")
    with pytest.raises(RuntimeError):
        await mihu.get_async_httpx_client().get("/p")
    await mihu.aclose()  # idempotent
    assert fault_server.count("/p") == 3


async def test_async_with_closes(fault_server: FaultServer, make_client: MakeClient) -> None:
    async with make_client(base_url=fault_server.url) as mihu:
        pass
    with pytest.raises(RuntimeError):
        mihu.get_async_httpx_client()
    assert fault_server.count() == 0


# --- generated operations accept the client ---------------------------------------------------------------


@pytest.mark.uses("getPbxExtensionConnector")
async def test_generated_operation_404_raises(fault_server: FaultServer, mihu: MihuClient) -> None:
    connector = uuid.uuid4()
    path = f"/api/v1/pbx_extension_connectors/{connector}"
    fault_server.script(path, Reply.json({"success": False, "message": "PBX extension connector not found."}, 404))
    with pytest.raises(NotFoundError) as caught:
        await operation_module("getPbxExtensionConnector").asyncio(uuid=connector, client=mihu)
    assert caught.value.message == "PBX extension connector not found."
    assert fault_server.count(path, "GET") == 1


@pytest.mark.uses("getPbxExtensionConnector")
async def test_generated_operation_success(fault_server: FaultServer, mihu: MihuClient) -> None:
    connector = uuid.uuid4()
    path = f"/api/v1/pbx_extension_connectors/{connector}"
    body = {"success": True, "data": {"pbx_extension_connector_uuid": str(connector), "name": "Front desk"}}
    fault_server.script(path, Reply.json({"message": "busy"}, 503), Reply.json(body))
    detailed = await operation_module("getPbxExtensionConnector").asyncio_detailed(uuid=connector, client=mihu)
    assert detailed.status_code == 200
    parsed = detailed.parsed
    assert parsed is not None and parsed.data.name == "Front desk"  # type: ignore[union-attr]
    assert fault_server.count(path) == 2


# --- import cost ------------------------------------------------------------------------------------------


def test_import_stays_light() -> None:
    code = (
        "import sys, mihu_client\n"
        "assert 'httpx2' not in sys.modules, 'httpx2 imported eagerly'\n"
        "mihu_client.MihuClient\n"
        "assert 'mihu_client._generated.models' not in sys.modules, 'models imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


async def test_header_overrides_are_case_insensitive(fault_server: FaultServer, make_client: MakeClient) -> None:
    fault_server.script("/h", Reply.json({}))
    async with make_client(base_url=fault_server.url, headers={"accept": "text/csv"}) as mihu:
        await mihu.with_options(headers={"ACCEPT": "application/xml"}).get_async_httpx_client().get("/h")
        await mihu.get_async_httpx_client().get("/h")
    copied, original = fault_server.requests
    assert copied.headers["accept"] == "application/xml"
    assert original.headers["accept"] == "text/csv"
