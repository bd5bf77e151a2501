"""mihu.request and the verb helpers: an endpoint the spec lacks, with the SDK's URL, auth, retries and errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from mihu_client import (
    InternalServerError,
    MihuClient,
    NotFoundError,
    RawResponse,
    ResponseValidationError,
    UnprocessableEntityError,
)
from mihu_client.models import GetPbxExtensionConnectorResponse200, PbxExtensionConnectorItemStatus
from tests.conftest import FAST_RETRY, TEST_TOKEN
from tests.servers.fault_server import DRIFTED_PBX_CONNECTOR, LARAVEL_422, FaultServer, Reply

VOICES = "/api/v1/voice-library"
VOICE_LIST: dict[str, Any] = {"success": True, "data": [{"voice_id": "v1", "name": "Ada"}]}


async def test_get_returns_the_decoded_json_with_auth_and_params(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(VOICES, Reply.json(VOICE_LIST))
    voices = await mihu.get(VOICES, params={"language": "en", "page": None}, headers={"X-Trace": "t1"})
    assert voices == VOICE_LIST
    [request] = fault_server.requests
    assert (request.method, request.path, request.query) == ("GET", VOICES, "language=en")
    assert request.headers["authorization"] == f"Bearer {TEST_TOKEN}" and request.headers["x-trace"] == "t1"


async def test_each_verb_sends_its_method_and_json_body(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(VOICES, Reply.json({"success": True}))
    for verb in ("get", "post", "put", "patch", "delete"):
        await getattr(mihu, verb)(VOICES, json={"verb": verb} if verb != "get" else None)
    await mihu.request("post", VOICES)  # any case
    sent = [(request.method, request.body) for request in fault_server.requests]
    assert sent == [
        ("GET", b""),
        ("POST", b'{"verb":"post"}'),
        ("PUT", b'{"verb":"put"}'),
        ("PATCH", b'{"verb":"patch"}'),
        ("DELETE", b'{"verb":"delete"}'),
        ("POST", b""),
    ]


async def test_the_base_url_path_prefix_is_kept(fault_server: FaultServer) -> None:
    fault_server.script(f"/gateway{VOICES}", Reply.json(VOICE_LIST))
    async with MihuClient(base_url=f"{fault_server.url}/gateway/", token=TEST_TOKEN) as mihu:
        assert await mihu.get(VOICES) == VOICE_LIST


async def test_idempotent_calls_are_retried_and_posts_are_not(fault_server: FaultServer, mihu: MihuClient) -> None:
    busy = Reply.json({"message": "busy"}, status=503)
    fault_server.script(VOICES, busy, Reply.json(VOICE_LIST))
    assert await mihu.get(VOICES) == VOICE_LIST
    assert fault_server.count(VOICES) == 2

    fault_server.reset()
    fault_server.script(VOICES, busy, Reply.json(VOICE_LIST))
    with pytest.raises(InternalServerError, match="busy"):
        await mihu.post(VOICES, json={"name": "clone"})
    assert fault_server.count(VOICES) == 1  # the server may have acted: never replayed

    fault_server.reset()
    fault_server.script(VOICES, busy, Reply.json(VOICE_LIST))
    assert await mihu.post(VOICES, json={}, options={"retry_unsafe": True}) == VOICE_LIST
    assert fault_server.count(VOICES) == 2


async def test_errors_are_typed(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(f"{VOICES}/missing", Reply.json({"message": "Voice not found."}, status=404))
    fault_server.script(VOICES, Reply.json(LARAVEL_422, status=422))
    with pytest.raises(NotFoundError, match="Voice not found"):
        await mihu.get(f"{VOICES}/missing")
    with pytest.raises(UnprocessableEntityError) as caught:
        await mihu.post(VOICES, json={})
    assert caught.value.errors == LARAVEL_422["errors"]
    fault_server.script("/html", Reply.text("<html>ok</html>", content_type="text/html"))
    with pytest.raises(ResponseValidationError, match="expected a JSON body"):
        await mihu.get("/html")


async def test_cast_to_parses_a_generated_model_leniently_or_strictly(
    fault_server: FaultServer, mihu: MihuClient
) -> None:
    path = "/api/v2/pbx/connector"  # a path the spec does not have, answering a shape it does
    fault_server.script(path, Reply.json(DRIFTED_PBX_CONNECTOR))
    connector = await mihu.get(path, cast_to=GetPbxExtensionConnectorResponse200)
    assert isinstance(connector, GetPbxExtensionConnectorResponse200)
    data = connector.data
    assert not isinstance(data, type(None)) and data.name == "Front desk"
    assert data.status == "suspended" and data.status.name == "UNKNOWN"
    assert isinstance(data.status, PbxExtensionConnectorItemStatus)
    assert data["brand_new_field"] == {"nested": [1, 2, 3]}

    with pytest.raises(ResponseValidationError, match=r"PbxExtensionConnectorItem\.status"):
        await mihu.get(path, cast_to=GetPbxExtensionConnectorResponse200, options={"strict": True})
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN, strict=True) as strict:
        with pytest.raises(ResponseValidationError):
            await strict.get(path, cast_to=GetPbxExtensionConnectorResponse200)

    fault_server.script("/list", Reply.json([1, 2]))
    assert await mihu.get("/list", cast_to=GetPbxExtensionConnectorResponse200) == [1, 2]  # kept as sent
    with pytest.raises(TypeError, match="cast_to must be a generated model class"):
        await mihu.get("/list", cast_to=dict)  # type: ignore[type-var]


@pytest.mark.parametrize(
    "reply", [Reply.json(None), Reply.raw(b""), Reply.status_only(204)], ids=["null", "empty", "204"]
)
async def test_cast_to_never_turns_a_missing_document_into_none(
    fault_server: FaultServer, mihu: MihuClient, reply: Reply
) -> None:
    fault_server.script("/doc", reply)
    with pytest.raises(ResponseValidationError, match="GET /doc"):
        await mihu.get("/doc", cast_to=GetPbxExtensionConnectorResponse200)
    assert await mihu.get("/doc") is None  # no model asked for: the body is what it is


async def test_raw_response_of_a_direct_call(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(VOICES, Reply.json(VOICE_LIST, headers={"X-Request-Id": "req-7", "X-RateLimit-Remaining": "9"}))
    raw = await mihu.with_raw_response.get(VOICES)
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.request_id, raw.rate_limit.remaining) == (200, "req-7", 9)
    assert raw.json() == raw.parsed == VOICE_LIST
    fault_server.script("/c", Reply.json(DRIFTED_PBX_CONNECTOR, status=201))
    raw_model = await mihu.with_raw_response.request("POST", "/c", cast_to=GetPbxExtensionConnectorResponse200)
    assert raw_model.status_code == 201 and isinstance(raw_model.parsed, GetPbxExtensionConnectorResponse200)
    assert fault_server.count() == 2


async def test_options_and_extras_apply(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(VOICES, Reply.json({"success": True}))
    options: Any = {"extra_query": {"beta": "1"}, "extra_body": {"tier": "pro"}, "headers": {"X-Per-Call": "1"}}
    await mihu.post(VOICES, json={"name": "Ada"}, options=options)
    [request] = fault_server.requests
    assert request.query == "beta=1" and request.headers["x-per-call"] == "1"
    assert json.loads(request.body) == {"name": "Ada", "tier": "pro"}


@pytest.mark.parametrize("path", ["https://evil.example.com/api/v1/x", "//evil.example.com/x", "api/v1/x", "", None])
async def test_a_path_that_leaves_the_api_host_is_refused(fault_server: FaultServer, path: Any) -> None:
    async with MihuClient(base_url=fault_server.url, token=TEST_TOKEN, retry_policy=FAST_RETRY) as mihu:
        with pytest.raises(ValueError, match="path must be a path on the API host"):
            await mihu.get(path)
        with pytest.raises(ValueError, match="method must be one of"):
            await mihu.request("FETCH", VOICES)
    assert fault_server.requests == []
