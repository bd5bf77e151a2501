from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_sip_trunk_connection_response_200 import AssignSipTrunkConnectionResponse200
from ...models.sip_trunk_assign_request import SipTrunkAssignRequest
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: SipTrunkAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/channels/call/sip-trunk".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssignSipTrunkConnectionResponse200 | None:
    if response.status_code == 200:
        response_200 = AssignSipTrunkConnectionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AssignSipTrunkConnectionResponse200]:
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
    body: SipTrunkAssignRequest,
) -> Response[Any | AssignSipTrunkConnectionResponse200]:
    """Assign a SIP trunk connection to an agent for calls

     Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
    number that another agent already uses; inbound calls go to the latest assignee.

    Args:
        uuid (UUID):
        body (SipTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignSipTrunkConnectionResponse200]
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
    body: SipTrunkAssignRequest,
) -> Any | AssignSipTrunkConnectionResponse200 | None:
    """Assign a SIP trunk connection to an agent for calls

     Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
    number that another agent already uses; inbound calls go to the latest assignee.

    Args:
        uuid (UUID):
        body (SipTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignSipTrunkConnectionResponse200
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
    body: SipTrunkAssignRequest,
) -> Response[Any | AssignSipTrunkConnectionResponse200]:
    """Assign a SIP trunk connection to an agent for calls

     Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
    number that another agent already uses; inbound calls go to the latest assignee.

    Args:
        uuid (UUID):
        body (SipTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignSipTrunkConnectionResponse200]
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
    body: SipTrunkAssignRequest,
) -> Any | AssignSipTrunkConnectionResponse200 | None:
    """Assign a SIP trunk connection to an agent for calls

     Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
    number that another agent already uses; inbound calls go to the latest assignee.

    Args:
        uuid (UUID):
        body (SipTrunkAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignSipTrunkConnectionResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
