from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_input import AgentInput
from ...models.update_agent_response_200 import UpdateAgentResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AgentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAgentResponse200:
    data = json_document(response)
    response_200: UpdateAgentResponse200
    if data.__class__ is dict:
        response_200 = UpdateAgentResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_agent response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAgentResponse200]:
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
    body: AgentInput,
) -> Response[UpdateAgentResponse200]:
    """Update an agent

     Partially updates an agent's profile, prompt fields and voice/text settings. Any collection section
    included in the payload (notes, guidelines, procedures, training, routing or guard rules) overwrites
    the stored one.

    Args:
        uuid (UUID):
        body (AgentInput): Agent configuration payload used by create and update. Collection
            sections (guidelines, notes, procedures, training, routing_rules, guard_rules) replace the
            stored section when sent.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAgentResponse200]
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
    body: AgentInput,
) -> UpdateAgentResponse200:
    """Update an agent

     Partially updates an agent's profile, prompt fields and voice/text settings. Any collection section
    included in the payload (notes, guidelines, procedures, training, routing or guard rules) overwrites
    the stored one.

    Args:
        uuid (UUID):
        body (AgentInput): Agent configuration payload used by create and update. Collection
            sections (guidelines, notes, procedures, training, routing_rules, guard_rules) replace the
            stored section when sent.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateAgentResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
