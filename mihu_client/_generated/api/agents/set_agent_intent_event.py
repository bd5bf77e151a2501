from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_intent_event_input import AgentIntentEventInput
from ...models.set_agent_intent_event_response_200 import SetAgentIntentEventResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    body: AgentIntentEventInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/intents/{intent_uuid}/event".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            intent_uuid=uuid_text(intent_uuid)
            if intent_uuid.__class__ is UUID
            else path_segment(intent_uuid, "intent_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentIntentEventInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> SetAgentIntentEventResponse200:
    data = json_document(response)
    response_200: SetAgentIntentEventResponse200
    if data.__class__ is dict:
        response_200 = SetAgentIntentEventResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "set_agent_intent_event response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[SetAgentIntentEventResponse200]:
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
    body: AgentIntentEventInput,
) -> Response[SetAgentIntentEventResponse200]:
    """Set the intent's action (event)

     Replaces the single action an intent triggers; the new action is stored as a draft and has to be
    published separately before it runs. External apps must already have an active connection made in
    the dashboard.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentEventInput): Documented as 'any'; fields depend on event_type (webhook:
            webhook.url/auth_token; app: app_uid, action_key, config, app_connection_uuid for external
            apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[SetAgentIntentEventResponse200]
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
    body: AgentIntentEventInput,
) -> SetAgentIntentEventResponse200:
    """Set the intent's action (event)

     Replaces the single action an intent triggers; the new action is stored as a draft and has to be
    published separately before it runs. External apps must already have an active connection made in
    the dashboard.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentEventInput): Documented as 'any'; fields depend on event_type (webhook:
            webhook.url/auth_token; app: app_uid, action_key, config, app_connection_uuid for external
            apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        SetAgentIntentEventResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            intent_uuid=intent_uuid,
            client=client,
            body=body,
        )
    ).parsed
