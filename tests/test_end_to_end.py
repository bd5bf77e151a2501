"""The SDK as users call it (namespaces and generated functions through MihuClient) against our
fault-injecting 127.0.0.1 server: drifted bodies, odd statuses, proxies' HTML, and the phone call that
must never be placed twice."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx2
import pytest

from mihu_client import (
    UNSET,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    MihuClient,
    ResponseValidationError,
    unwrap,
)
from tests.servers.fault_server import DRIFTED_PBX_CONNECTOR, HTML_502, FaultServer, Reply
from tests.snapshot import models, operation_module

CONNECTOR_ID = uuid.UUID(DRIFTED_PBX_CONNECTOR["data"]["pbx_extension_connector_uuid"])
CONNECTOR_PATH = f"/api/v1/pbx_extension_connectors/{CONNECTOR_ID}"
CALL = "/api/v1/call"


def call_body() -> Any:
    """A valid `initiateCall` body (built when a test runs, so only the tests placing calls need the model)."""
    return models.CallInitiateRequest(
        agent_id=uuid.UUID("b1ba4703-0045-42b3-9a30-6f2f7c1d428b"),
        prompt=models.CallPrompt(content="Confirm tomorrow's appointment."),
        participant=models.CallParticipant(number="+15555550100"),
    )


CALL_OK = {"success": True, "message": "Call initiated", "data": {"conversation_uuid": str(uuid.uuid4())}}


@pytest.mark.uses("getPbxExtensionConnector")
async def test_drifted_response_is_kept_through_the_namespace(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR))

    result = await mihu.pbx_extension_connectors.get(CONNECTOR_ID)

    assert isinstance(result, models.GetPbxExtensionConnectorResponse200)
    connector = result.data
    assert isinstance(connector, models.PbxExtensionConnectorItem)
    assert isinstance(connector.status, models.PbxExtensionConnectorItemStatus)
    assert connector.status == "suspended"
    assert connector.connection_type == "websocket"
    assert connector.phone_number is None
    assert connector.additional_properties["brand_new_field"] == {"nested": [1, 2, 3]}


@pytest.mark.uses("getPbxExtensionConnector")
async def test_strict_client_rejects_the_same_drift(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR))

    with pytest.raises(ResponseValidationError) as caught:
        await mihu.with_options(strict=True).pbx_extension_connectors.get(CONNECTOR_ID)
    assert caught.value.path and caught.value.path.startswith("PbxExtensionConnectorItem.")

    with pytest.raises(ResponseValidationError):
        await mihu.pbx_extension_connectors.get(CONNECTOR_ID, options={"strict": True})
    # The strict call left no trace: the lenient client still keeps drift.
    assert (await mihu.pbx_extension_connectors.get(CONNECTOR_ID)).data.status == "suspended"


@pytest.mark.uses("getPbxExtensionConnector")
async def test_html_page_with_200_is_a_typed_error(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.html(HTML_502, status=200))

    with pytest.raises(ResponseValidationError, match="expected a JSON body"):
        await mihu.pbx_extension_connectors.get(CONNECTOR_ID)


@pytest.mark.uses("getPbxExtensionConnector")
@pytest.mark.parametrize("status", [419, 499, 520, 526])
async def test_non_standard_status_through_a_generated_function(
    fault_server: FaultServer, mihu: MihuClient, status: int
) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.html("<h1>origin unreachable</h1>", status=status))

    with pytest.raises(APIStatusError) as caught:
        await operation_module("getPbxExtensionConnector").asyncio(uuid=CONNECTOR_ID, client=mihu)
    assert caught.value.status_code == status
    assert "origin unreachable" in str(caught.value.body)


@pytest.mark.uses("initiateCall")
async def test_call_is_placed_once_when_the_server_fails_after_acting(
    fault_server: FaultServer, mihu: MihuClient
) -> None:
    fault_server.script(CALL, Reply.json({"message": "Server Error"}, 503), Reply.json(CALL_OK))

    with pytest.raises(InternalServerError):
        await mihu.call.initiate(call_body())
    assert fault_server.count(CALL) == 1


@pytest.mark.uses("initiateCall")
async def test_call_is_placed_once_when_the_answer_is_late(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CALL, Reply.json(CALL_OK, delay=1.0), Reply.json(CALL_OK))

    with pytest.raises(APITimeoutError):
        await mihu.call.initiate(call_body(), options={"timeout": httpx2.Timeout(5.0, read=0.2)})
    await asyncio.sleep(1.2)  # let the slow first answer finish: no second request may follow it
    assert fault_server.count(CALL) == 1


@pytest.mark.uses("initiateCall")
async def test_call_is_retried_after_429(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CALL, Reply.json({"message": "Too Many Attempts."}, 429), Reply.json(CALL_OK))

    result = await mihu.call.initiate(call_body())

    assert isinstance(result, models.InitiateCallResponse200)
    assert fault_server.count(CALL) == 2
    sent = fault_server.requests_for(CALL, "POST")
    assert sent[0].body == sent[1].body


@pytest.mark.uses("getPbxExtensionConnector")
async def test_hundreds_of_concurrent_calls_through_one_client(fault_server: FaultServer, mihu: MihuClient) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR))

    results = await asyncio.gather(*(mihu.pbx_extension_connectors.get(CONNECTOR_ID) for _ in range(250)))

    assert all(result.data.name == "Front desk" for result in results)
    assert fault_server.count(CONNECTOR_PATH) == 250


@pytest.mark.uses("getPbxExtensionConnector")
async def test_unwrap_narrows_a_field_the_server_sent_and_names_one_it_left_out(
    fault_server: FaultServer, mihu: MihuClient
) -> None:
    fault_server.script(CONNECTOR_PATH, Reply.json(DRIFTED_PBX_CONNECTOR), Reply.json({"success": True}))

    present = await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
    assert unwrap(present.data).name == "Front desk"

    absent = await mihu.pbx_extension_connectors.get(CONNECTOR_ID)
    assert absent.data is UNSET
    with pytest.raises(ResponseValidationError, match="connector data"):
        unwrap(absent.data, "connector data")
    # Without a name, the error names the expression the caller passed.
    with pytest.raises(ResponseValidationError, match=r"^absent\.data is missing from the response") as caught:
        unwrap(absent.data)
    assert caught.value.path == "absent.data"
    with pytest.raises(
        ResponseValidationError, match=r"^\(await mihu\.pbx_extension_connectors\.get\(CONNECTOR_ID\)\)\.data "
    ):
        unwrap(
            (await mihu.pbx_extension_connectors.get(CONNECTOR_ID)).data,
        )
    name_unwrap = unwrap  # any spelling of the call works; the source is only read when raising
    with pytest.raises(ResponseValidationError, match=r"^absent\.data "):
        name_unwrap(absent.data)
