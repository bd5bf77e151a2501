from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_intent_event_input import AgentIntentEventInput
from ...models.set_agent_intent_event_response_200 import SetAgentIntentEventResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    body: AgentIntentEventInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/intents/{intent_uuid}/event".format(
            uuid=quote(str(uuid), safe=""),
            intent_uuid=quote(str(intent_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SetAgentIntentEventResponse200 | None:
    if response.status_code == 200:
        response_200 = SetAgentIntentEventResponse200.from_dict(response.json())

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
) -> Response[Any | SetAgentIntentEventResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentIntentEventInput,
) -> Response[Any | SetAgentIntentEventResponse200]:
    """Set the intent's action (event)

     Replaces the single action an intent triggers; the new action is stored as a draft and has to be
    published separately before it runs. External apps must already have an active connection made in
    the dashboard.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentEventInput): Documented as 'any'; fields depend on event_type (webhook:
            webhook.url/auth_token; app: app_uid, action_key, config, app_connection_uuid for external
            apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SetAgentIntentEventResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        intent_uuid=intent_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentIntentEventInput,
) -> Any | SetAgentIntentEventResponse200 | None:
    """Set the intent's action (event)

     Replaces the single action an intent triggers; the new action is stored as a draft and has to be
    published separately before it runs. External apps must already have an active connection made in
    the dashboard.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentEventInput): Documented as 'any'; fields depend on event_type (webhook:
            webhook.url/auth_token; app: app_uid, action_key, config, app_connection_uuid for external
            apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SetAgentIntentEventResponse200
    """

    return sync_detailed(
        uuid=uuid,
        intent_uuid=intent_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentIntentEventInput,
) -> Response[Any | SetAgentIntentEventResponse200]:
    """Set the intent's action (event)

     Replaces the single action an intent triggers; the new action is stored as a draft and has to be
    published separately before it runs. External apps must already have an active connection made in
    the dashboard.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentEventInput): Documented as 'any'; fields depend on event_type (webhook:
            webhook.url/auth_token; app: app_uid, action_key, config, app_connection_uuid for external
            apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SetAgentIntentEventResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        intent_uuid=intent_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    intent_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: AgentIntentEventInput,
) -> Any | SetAgentIntentEventResponse200 | None:
    """Set the intent's action (event)

     Replaces the single action an intent triggers; the new action is stored as a draft and has to be
    published separately before it runs. External apps must already have an active connection made in
    the dashboard.

    Args:
        uuid (UUID):
        intent_uuid (UUID):
        body (AgentIntentEventInput): Documented as 'any'; fields depend on event_type (webhook:
            webhook.url/auth_token; app: app_uid, action_key, config, app_connection_uuid for external
            apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SetAgentIntentEventResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            intent_uuid=intent_uuid,
            client=client,
            body=body,
        )
    ).parsed
