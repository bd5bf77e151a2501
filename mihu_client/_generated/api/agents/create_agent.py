from typing import Any

import httpx2

from ...client import ApiClient
from ...models.agent_input import AgentInput
from ...models.create_agent_response_201 import CreateAgentResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: AgentInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateAgentResponse201:
    data = json_document(response)
    response_201: CreateAgentResponse201
    if data.__class__ is dict:
        response_201 = CreateAgentResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_agent response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateAgentResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: AgentInput,
) -> Response[CreateAgentResponse201]:
    """Create an agent

     Creates a new agent from a full configuration payload: identity and prompt fields plus optional
    settings, knowledge collections, appointment setup and routing rules.

    Args:
        body (AgentInput): Agent configuration payload used by create and update. Collection
            sections (guidelines, notes, procedures, training, routing_rules, guard_rules) replace the
            stored section when sent.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateAgentResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: AgentInput,
) -> CreateAgentResponse201:
    """Create an agent

     Creates a new agent from a full configuration payload: identity and prompt fields plus optional
    settings, knowledge collections, appointment setup and routing rules.

    Args:
        body (AgentInput): Agent configuration payload used by create and update. Collection
            sections (guidelines, notes, procedures, training, routing_rules, guard_rules) replace the
            stored section when sent.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateAgentResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
