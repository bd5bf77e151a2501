from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.add_agent_procedure_response_201 import AddAgentProcedureResponse201
from ...models.agent_procedure_input import AgentProcedureInput
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AgentProcedureInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/procedures".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentProcedureInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AddAgentProcedureResponse201:
    data = json_document(response)
    response_201: AddAgentProcedureResponse201
    if data.__class__ is dict:
        response_201 = AddAgentProcedureResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "add_agent_procedure response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AddAgentProcedureResponse201]:
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
    body: AgentProcedureInput,
) -> Response[AddAgentProcedureResponse201]:
    """Add a single procedure (with optional steps)

     Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AddAgentProcedureResponse201]
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
    body: AgentProcedureInput,
) -> AddAgentProcedureResponse201:
    """Add a single procedure (with optional steps)

     Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AddAgentProcedureResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
