from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_campaign_rule_response_200 import AssignCampaignRuleResponse200
from ...models.campaign_rule_assign_request import CampaignRuleAssignRequest
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: CampaignRuleAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/campaigns/{uuid}/rule".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssignCampaignRuleResponse200 | None:
    if response.status_code == 200:
        response_200 = AssignCampaignRuleResponse200.from_dict(response.json())

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
) -> Response[Any | AssignCampaignRuleResponse200]:
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
    body: CampaignRuleAssignRequest,
) -> Response[Any | AssignCampaignRuleResponse200]:
    """Assign or replace the rule attached to a campaign

     Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
    attached rule.

    Args:
        uuid (UUID):
        body (CampaignRuleAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignCampaignRuleResponse200]
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
    body: CampaignRuleAssignRequest,
) -> Any | AssignCampaignRuleResponse200 | None:
    """Assign or replace the rule attached to a campaign

     Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
    attached rule.

    Args:
        uuid (UUID):
        body (CampaignRuleAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignCampaignRuleResponse200
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
    body: CampaignRuleAssignRequest,
) -> Response[Any | AssignCampaignRuleResponse200]:
    """Assign or replace the rule attached to a campaign

     Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
    attached rule.

    Args:
        uuid (UUID):
        body (CampaignRuleAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignCampaignRuleResponse200]
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
    body: CampaignRuleAssignRequest,
) -> Any | AssignCampaignRuleResponse200 | None:
    """Assign or replace the rule attached to a campaign

     Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
    attached rule.

    Args:
        uuid (UUID):
        body (CampaignRuleAssignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignCampaignRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
