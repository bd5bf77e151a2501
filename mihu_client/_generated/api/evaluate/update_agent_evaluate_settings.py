from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluate_settings_update import EvaluateSettingsUpdate
from ...models.update_agent_evaluate_settings_response_200 import UpdateAgentEvaluateSettingsResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: EvaluateSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/evaluate".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateAgentEvaluateSettingsResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateAgentEvaluateSettingsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateAgentEvaluateSettingsResponse200]:
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
    body: EvaluateSettingsUpdate,
) -> Response[UpdateAgentEvaluateSettingsResponse200]:
    """Update an agent's evaluate settings

     Partially edits the evaluate override of one agent (sessionization, text and voice analyzers, active
    flag). Returns the agent's effective settings.

    Args:
        uuid (UUID):
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAgentEvaluateSettingsResponse200]
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
    body: EvaluateSettingsUpdate,
) -> UpdateAgentEvaluateSettingsResponse200 | None:
    """Update an agent's evaluate settings

     Partially edits the evaluate override of one agent (sessionization, text and voice analyzers, active
    flag). Returns the agent's effective settings.

    Args:
        uuid (UUID):
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAgentEvaluateSettingsResponse200
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
    body: EvaluateSettingsUpdate,
) -> Response[UpdateAgentEvaluateSettingsResponse200]:
    """Update an agent's evaluate settings

     Partially edits the evaluate override of one agent (sessionization, text and voice analyzers, active
    flag). Returns the agent's effective settings.

    Args:
        uuid (UUID):
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAgentEvaluateSettingsResponse200]
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
    body: EvaluateSettingsUpdate,
) -> UpdateAgentEvaluateSettingsResponse200 | None:
    """Update an agent's evaluate settings

     Partially edits the evaluate override of one agent (sessionization, text and voice analyzers, active
    flag). Returns the agent's effective settings.

    Args:
        uuid (UUID):
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAgentEvaluateSettingsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
