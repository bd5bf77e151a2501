from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_procedure_input import AgentProcedureInput
from ...models.update_agent_procedure_response_200 import UpdateAgentProcedureResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    body: AgentProcedureInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/procedures/{procedure_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            procedure_uuid=uuid_text(procedure_uuid)
            if procedure_uuid.__class__ is UUID
            else path_segment(procedure_uuid, "procedure_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentProcedureInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAgentProcedureResponse200:
    data = json_document(response)
    response_200: UpdateAgentProcedureResponse200
    if data.__class__ is dict:
        response_200 = UpdateAgentProcedureResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_agent_procedure response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAgentProcedureResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentProcedureInput,
) -> Response[UpdateAgentProcedureResponse200]:
    """Update a single procedure (and replace its steps if provided)

     Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
    steps. Returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAgentProcedureResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentProcedureInput,
) -> UpdateAgentProcedureResponse200:
    """Update a single procedure (and replace its steps if provided)

     Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
    steps. Returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateAgentProcedureResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            procedure_uuid=procedure_uuid,
            client=client,
            body=body,
        )
    ).parsed
