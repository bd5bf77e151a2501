from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.delete_agent_procedure_response_200 import DeleteAgentProcedureResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    procedure_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/agents/{uuid}/procedures/{procedure_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            procedure_uuid=uuid_text(procedure_uuid)
            if procedure_uuid.__class__ is UUID
            else path_segment(procedure_uuid, "procedure_uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> DeleteAgentProcedureResponse200:
    data = json_document(response)
    response_200: DeleteAgentProcedureResponse200
    if data.__class__ is dict:
        response_200 = DeleteAgentProcedureResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "delete_agent_procedure response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[DeleteAgentProcedureResponse200]:
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
) -> Response[DeleteAgentProcedureResponse200]:
    """Delete a single procedure (and its steps)

     Removes one procedure together with its steps from the agent and returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[DeleteAgentProcedureResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: ApiClient,
) -> DeleteAgentProcedureResponse200:
    """Delete a single procedure (and its steps)

     Removes one procedure together with its steps from the agent and returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        DeleteAgentProcedureResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            procedure_uuid=procedure_uuid,
            client=client,
        )
    ).parsed
