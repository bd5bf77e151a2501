from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_agent_procedure_response_201 import AddAgentProcedureResponse201
from ...models.agent_procedure_input import AgentProcedureInput
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: AgentProcedureInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/procedures".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddAgentProcedureResponse201 | Any | None:
    if response.status_code == 201:
        response_201 = AddAgentProcedureResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddAgentProcedureResponse201 | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> Response[AddAgentProcedureResponse201 | Any]:
    """Add a single procedure (with optional steps)

     Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddAgentProcedureResponse201 | Any]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> AddAgentProcedureResponse201 | Any | None:
    """Add a single procedure (with optional steps)

     Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddAgentProcedureResponse201 | Any
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> Response[AddAgentProcedureResponse201 | Any]:
    """Add a single procedure (with optional steps)

     Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddAgentProcedureResponse201 | Any]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> AddAgentProcedureResponse201 | Any | None:
    """Add a single procedure (with optional steps)

     Adds one named procedure, optionally with ordered steps, to the agent and returns the updated agent.

    Args:
        uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddAgentProcedureResponse201 | Any
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
