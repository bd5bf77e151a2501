from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_training_input import AgentTrainingInput
from ...models.update_agent_training_response_200 import UpdateAgentTrainingResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    training_uuid: UUID,
    *,
    body: AgentTrainingInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/training/{training_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            training_uuid=uuid_text(training_uuid)
            if training_uuid.__class__ is UUID
            else path_segment(training_uuid, "training_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentTrainingInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAgentTrainingResponse200:
    data = json_document(response)
    response_200: UpdateAgentTrainingResponse200
    if data.__class__ is dict:
        response_200 = UpdateAgentTrainingResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_agent_training response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAgentTrainingResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    training_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentTrainingInput,
) -> Response[UpdateAgentTrainingResponse200]:
    """Update a single training row

     Edits one training example (utterance, intent label or answer) of the agent and returns the updated
    agent.

    Args:
        uuid (UUID):
        training_uuid (UUID):
        body (AgentTrainingInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAgentTrainingResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        training_uuid=training_uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    training_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentTrainingInput,
) -> UpdateAgentTrainingResponse200:
    """Update a single training row

     Edits one training example (utterance, intent label or answer) of the agent and returns the updated
    agent.

    Args:
        uuid (UUID):
        training_uuid (UUID):
        body (AgentTrainingInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateAgentTrainingResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            training_uuid=training_uuid,
            client=client,
            body=body,
        )
    ).parsed
