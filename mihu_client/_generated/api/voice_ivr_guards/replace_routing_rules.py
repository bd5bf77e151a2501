from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.replace_routing_rules_body import ReplaceRoutingRulesBody
from ...models.replace_routing_rules_response_200 import ReplaceRoutingRulesResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: ReplaceRoutingRulesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/routing-rules".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReplaceRoutingRulesResponse200 | None:
    if response.status_code == 200:
        response_200 = ReplaceRoutingRulesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReplaceRoutingRulesResponse200]:
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
    body: ReplaceRoutingRulesBody,
) -> Response[ReplaceRoutingRulesResponse200]:
    """Replace ALL routing rules for an agent (destructive)

     Deletes every existing routing rule of the agent and stores the supplied list instead, for bulk
    imports or full re-syncs. (Inferred: page not stored; path, method and semantics come from the tag
    description.)

    Args:
        uuid (UUID):
        body (ReplaceRoutingRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplaceRoutingRulesResponse200]
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
    body: ReplaceRoutingRulesBody,
) -> ReplaceRoutingRulesResponse200 | None:
    """Replace ALL routing rules for an agent (destructive)

     Deletes every existing routing rule of the agent and stores the supplied list instead, for bulk
    imports or full re-syncs. (Inferred: page not stored; path, method and semantics come from the tag
    description.)

    Args:
        uuid (UUID):
        body (ReplaceRoutingRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplaceRoutingRulesResponse200
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
    body: ReplaceRoutingRulesBody,
) -> Response[ReplaceRoutingRulesResponse200]:
    """Replace ALL routing rules for an agent (destructive)

     Deletes every existing routing rule of the agent and stores the supplied list instead, for bulk
    imports or full re-syncs. (Inferred: page not stored; path, method and semantics come from the tag
    description.)

    Args:
        uuid (UUID):
        body (ReplaceRoutingRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplaceRoutingRulesResponse200]
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
    body: ReplaceRoutingRulesBody,
) -> ReplaceRoutingRulesResponse200 | None:
    """Replace ALL routing rules for an agent (destructive)

     Deletes every existing routing rule of the agent and stores the supplied list instead, for bulk
    imports or full re-syncs. (Inferred: page not stored; path, method and semantics come from the tag
    description.)

    Args:
        uuid (UUID):
        body (ReplaceRoutingRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplaceRoutingRulesResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
