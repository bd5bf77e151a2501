from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_intent_input import AgentIntentInput
from ...models.update_agent_intent_response_200 import UpdateAgentIntentResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    body: AgentIntentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/intents/{intent_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            intent_uuid=uuid_text(intent_uuid)
            if intent_uuid.__class__ is UUID
            else path_segment(intent_uuid, "intent_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentIntentInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAgentIntentResponse200:
    data = json_document(response)
    response_200: UpdateAgentIntentResponse200
    if data.__class__ is dict:
        response_200 = UpdateAgentIntentResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_agent_intent response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAgentIntentResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentIntentInput,
) -> Response[UpdateAgentIntentResponse200]:
    """Update an intent

     Modifies one of the agent's intents: its name, key, trigger description, confidence threshold,
    webhook and expected parameters.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAgentIntentResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        intent_uuid=intent_uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentIntentInput,
) -> UpdateAgentIntentResponse200:
    """Update an intent

     Modifies one of the agent's intents: its name, key, trigger description, confidence threshold,
    webhook and expected parameters.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateAgentIntentResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            intent_uuid=intent_uuid,
            client=client,
            body=body,
        )
    ).parsed
