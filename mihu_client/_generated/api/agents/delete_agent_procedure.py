from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_agent_procedure_response_200 import DeleteAgentProcedureResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    procedure_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/agents/{uuid}/procedures/{procedure_uuid}".format(
            uuid=quote(str(uuid), safe=""),
            procedure_uuid=quote(str(procedure_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteAgentProcedureResponse200 | None:
    if response.status_code == 200:
        response_200 = DeleteAgentProcedureResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteAgentProcedureResponse200]:
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
) -> Response[Any | DeleteAgentProcedureResponse200]:
    """Delete a single procedure (and its steps)

     Removes one procedure together with its steps from the agent and returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteAgentProcedureResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
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
) -> Any | DeleteAgentProcedureResponse200 | None:
    """Delete a single procedure (and its steps)

     Removes one procedure together with its steps from the agent and returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteAgentProcedureResponse200
    """

    return sync_detailed(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteAgentProcedureResponse200]:
    """Delete a single procedure (and its steps)

     Removes one procedure together with its steps from the agent and returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteAgentProcedureResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        procedure_uuid=procedure_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    procedure_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteAgentProcedureResponse200 | None:
    """Delete a single procedure (and its steps)

     Removes one procedure together with its steps from the agent and returns the updated agent.

    Args:
        uuid (UUID):
        procedure_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteAgentProcedureResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            procedure_uuid=procedure_uuid,
            client=client,
        )
    ).parsed
