from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.get_agent_intent_event_response_200 import GetAgentIntentEventResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    intent_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/agents/{uuid}/intents/{intent_uuid}/event".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            intent_uuid=uuid_text(intent_uuid)
            if intent_uuid.__class__ is UUID
            else path_segment(intent_uuid, "intent_uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> GetAgentIntentEventResponse200:
    data = json_document(response)
    response_200: GetAgentIntentEventResponse200
    if data.__class__ is dict:
        response_200 = GetAgentIntentEventResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "get_agent_intent_event response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[GetAgentIntentEventResponse200]:
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
) -> Response[GetAgentIntentEventResponse200]:
    """Get the intent's action (event)

     Reads the action currently attached to an intent (webhook, app action, flow or agent hand-off)
    together with its draft/deployed status.

    Args:
        uuid (UUID):
        intent_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[GetAgentIntentEventResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        intent_uuid=intent_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: ApiClient,
) -> GetAgentIntentEventResponse200:
    """Get the intent's action (event)

     Reads the action currently attached to an intent (webhook, app action, flow or agent hand-off)
    together with its draft/deployed status.

    Args:
        uuid (UUID):
        intent_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        GetAgentIntentEventResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            intent_uuid=intent_uuid,
            client=client,
        )
    ).parsed
