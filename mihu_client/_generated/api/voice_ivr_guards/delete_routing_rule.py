from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_routing_rule_response_200 import DeleteRoutingRuleResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    rule_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/agents/{uuid}/routing-rules/{rule_uuid}".format(
            uuid=quote(str(uuid), safe=""),
            rule_uuid=quote(str(rule_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteRoutingRuleResponse200 | None:
    if response.status_code == 200:
        response_200 = DeleteRoutingRuleResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteRoutingRuleResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteRoutingRuleResponse200]:
    """Delete ONE routing rule (other rules untouched)

     Removes a single routing rule for good; to pause a rule instead, set is_active to false via the
    PATCH endpoint. Returns the agent without the removed rule.

    Args:
        uuid (UUID):
        rule_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRoutingRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        rule_uuid=rule_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> DeleteRoutingRuleResponse200 | None:
    """Delete ONE routing rule (other rules untouched)

     Removes a single routing rule for good; to pause a rule instead, set is_active to false via the
    PATCH endpoint. Returns the agent without the removed rule.

    Args:
        uuid (UUID):
        rule_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRoutingRuleResponse200
    """

    return sync_detailed(
        uuid=uuid,
        rule_uuid=rule_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteRoutingRuleResponse200]:
    """Delete ONE routing rule (other rules untouched)

     Removes a single routing rule for good; to pause a rule instead, set is_active to false via the
    PATCH endpoint. Returns the agent without the removed rule.

    Args:
        uuid (UUID):
        rule_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteRoutingRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        rule_uuid=rule_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> DeleteRoutingRuleResponse200 | None:
    """Delete ONE routing rule (other rules untouched)

     Removes a single routing rule for good; to pause a rule instead, set is_active to false via the
    PATCH endpoint. Returns the agent without the removed rule.

    Args:
        uuid (UUID):
        rule_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteRoutingRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            rule_uuid=rule_uuid,
            client=client,
        )
    ).parsed
