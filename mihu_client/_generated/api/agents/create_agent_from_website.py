from typing import Any

import httpx2

from ...client import ApiClient
from ...models.agent_from_website_input import AgentFromWebsiteInput
from ...models.create_agent_from_website_response_201 import CreateAgentFromWebsiteResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: AgentFromWebsiteInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/from-website",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentFromWebsiteInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateAgentFromWebsiteResponse201:
    data = json_document(response)
    response_201: CreateAgentFromWebsiteResponse201
    if data.__class__ is dict:
        response_201 = CreateAgentFromWebsiteResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_agent_from_website response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateAgentFromWebsiteResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: AgentFromWebsiteInput,
) -> Response[CreateAgentFromWebsiteResponse201]:
    """Create an agent from website/documentation

     Researches a company from a website or documentation URL (or from a free-text research prompt) and
    generates a new agent configuration from the findings, optionally localised to a market.

    Args:
        body (AgentFromWebsiteInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateAgentFromWebsiteResponse201]
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
    body: AgentFromWebsiteInput,
) -> CreateAgentFromWebsiteResponse201:
    """Create an agent from website/documentation

     Researches a company from a website or documentation URL (or from a free-text research prompt) and
    generates a new agent configuration from the findings, optionally localised to a market.

    Args:
        body (AgentFromWebsiteInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateAgentFromWebsiteResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
