from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_appointments_input import AgentAppointmentsInput
from ...models.replace_agent_appointments_response_200 import ReplaceAgentAppointmentsResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AgentAppointmentsInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/appointments".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentAppointmentsInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> ReplaceAgentAppointmentsResponse200:
    data = json_document(response)
    response_200: ReplaceAgentAppointmentsResponse200
    if data.__class__ is dict:
        response_200 = ReplaceAgentAppointmentsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "replace_agent_appointments response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ReplaceAgentAppointmentsResponse200]:
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
    body: AgentAppointmentsInput,
) -> Response[ReplaceAgentAppointmentsResponse200]:
    """Replace agent appointment settings and schedule assignments

     Sets whether the agent books appointments and replaces its list of schedule assignments, each with
    slot, rescheduling, cancellation, question and approval rules. Returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentAppointmentsInput): Appointment configuration of an agent.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ReplaceAgentAppointmentsResponse200]
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
    body: AgentAppointmentsInput,
) -> ReplaceAgentAppointmentsResponse200:
    """Replace agent appointment settings and schedule assignments

     Sets whether the agent books appointments and replaces its list of schedule assignments, each with
    slot, rescheduling, cancellation, question and approval rules. Returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentAppointmentsInput): Appointment configuration of an agent.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ReplaceAgentAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
