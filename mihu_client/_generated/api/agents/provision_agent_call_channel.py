from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.provision_agent_call_channel_body import ProvisionAgentCallChannelBody
from ...models.provision_agent_call_channel_response_200 import ProvisionAgentCallChannelResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: ProvisionAgentCallChannelBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/channels/call/provision".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ProvisionAgentCallChannelResponse200 | None:
    if response.status_code == 200:
        response_200 = ProvisionAgentCallChannelResponse200.from_dict(response.json())

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
) -> Response[Any | ProvisionAgentCallChannelResponse200]:
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
    body: ProvisionAgentCallChannelBody,
) -> Response[Any | ProvisionAgentCallChannelResponse200]:
    """Provision call channel for an agent

     Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
    agent together with the provisioning result.

    Args:
        uuid (UUID):
        body (ProvisionAgentCallChannelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProvisionAgentCallChannelResponse200]
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
    body: ProvisionAgentCallChannelBody,
) -> Any | ProvisionAgentCallChannelResponse200 | None:
    """Provision call channel for an agent

     Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
    agent together with the provisioning result.

    Args:
        uuid (UUID):
        body (ProvisionAgentCallChannelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProvisionAgentCallChannelResponse200
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
    body: ProvisionAgentCallChannelBody,
) -> Response[Any | ProvisionAgentCallChannelResponse200]:
    """Provision call channel for an agent

     Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
    agent together with the provisioning result.

    Args:
        uuid (UUID):
        body (ProvisionAgentCallChannelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProvisionAgentCallChannelResponse200]
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
    body: ProvisionAgentCallChannelBody,
) -> Any | ProvisionAgentCallChannelResponse200 | None:
    """Provision call channel for an agent

     Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
    agent together with the provisioning result.

    Args:
        uuid (UUID):
        body (ProvisionAgentCallChannelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProvisionAgentCallChannelResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
