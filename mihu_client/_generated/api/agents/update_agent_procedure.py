from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_procedure_input import AgentProcedureInput
from ...models.update_agent_procedure_response_200 import UpdateAgentProcedureResponse200
from ...types import Response


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
            uuid=quote(str(uuid), safe=""),
            procedure_uuid=quote(str(procedure_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateAgentProcedureResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateAgentProcedureResponse200.from_dict(response.json())

        return response_200

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
) -> Response[Any | UpdateAgentProcedureResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> Response[Any | UpdateAgentProcedureResponse200]:
    """Update a single procedure (and replace its steps if provided)

     Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
    steps. Returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateAgentProcedureResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> Any | UpdateAgentProcedureResponse200 | None:
    """Update a single procedure (and replace its steps if provided)

     Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
    steps. Returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateAgentProcedureResponse200
    """

    return sync_detailed(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> Response[Any | UpdateAgentProcedureResponse200]:
    """Update a single procedure (and replace its steps if provided)

     Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
    steps. Returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateAgentProcedureResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentProcedureInput,
) -> Any | UpdateAgentProcedureResponse200 | None:
    """Update a single procedure (and replace its steps if provided)

     Changes one procedure's name or description; when a steps array is sent it replaces that procedure's
    steps. Returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):
        body (AgentProcedureInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateAgentProcedureResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            procedure_uuid=procedure_uuid,
            client=client,
            body=body,
        )
    ).parsed
