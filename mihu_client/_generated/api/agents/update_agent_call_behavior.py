from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_call_behavior import AgentCallBehavior
from ...models.update_agent_call_behavior_response_200 import UpdateAgentCallBehaviorResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AgentCallBehavior,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/call-behavior".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentCallBehavior) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAgentCallBehaviorResponse200:
    data = json_document(response)
    response_200: UpdateAgentCallBehaviorResponse200
    if data.__class__ is dict:
        response_200 = UpdateAgentCallBehaviorResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_agent_call_behavior response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAgentCallBehaviorResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: ApiClient,
    body: AgentCallBehavior,
) -> Response[UpdateAgentCallBehaviorResponse200]:
    """Update call behavior

     Adjusts how the agent's calls behave: recording, ambient background sound and its volume, noise
    cancellation, silence timeout and maximum call length with its closing message.

    Args:
        uuid (UUID):
        body (AgentCallBehavior): Recording, background sound, noise cancellation and time-limit
            behaviour of voice calls.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAgentCallBehaviorResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    body: AgentCallBehavior,
) -> UpdateAgentCallBehaviorResponse200:
    """Update call behavior

     Adjusts how the agent's calls behave: recording, ambient background sound and its volume, noise
    cancellation, silence timeout and maximum call length with its closing message.

    Args:
        uuid (UUID):
        body (AgentCallBehavior): Recording, background sound, noise cancellation and time-limit
            behaviour of voice calls.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateAgentCallBehaviorResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
