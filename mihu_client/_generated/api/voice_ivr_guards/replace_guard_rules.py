from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.replace_guard_rules_body import ReplaceGuardRulesBody
from ...models.replace_guard_rules_response_200 import ReplaceGuardRulesResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: ReplaceGuardRulesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/agents/{uuid}/guard-rules".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReplaceGuardRulesResponse200 | None:
    if response.status_code == 200:
        response_200 = ReplaceGuardRulesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReplaceGuardRulesResponse200]:
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
    body: ReplaceGuardRulesBody,
) -> Response[ReplaceGuardRulesResponse200]:
    """Replace ALL guard rules for an agent (destructive)

     Drops all current guard rules of the agent and saves the provided list in their place. Use it for
    bulk loads; use the single-rule endpoints for incremental edits.

    Args:
        uuid (UUID):
        body (ReplaceGuardRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplaceGuardRulesResponse200]
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
    body: ReplaceGuardRulesBody,
) -> ReplaceGuardRulesResponse200 | None:
    """Replace ALL guard rules for an agent (destructive)

     Drops all current guard rules of the agent and saves the provided list in their place. Use it for
    bulk loads; use the single-rule endpoints for incremental edits.

    Args:
        uuid (UUID):
        body (ReplaceGuardRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplaceGuardRulesResponse200
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
    body: ReplaceGuardRulesBody,
) -> Response[ReplaceGuardRulesResponse200]:
    """Replace ALL guard rules for an agent (destructive)

     Drops all current guard rules of the agent and saves the provided list in their place. Use it for
    bulk loads; use the single-rule endpoints for incremental edits.

    Args:
        uuid (UUID):
        body (ReplaceGuardRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReplaceGuardRulesResponse200]
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
    body: ReplaceGuardRulesBody,
) -> ReplaceGuardRulesResponse200 | None:
    """Replace ALL guard rules for an agent (destructive)

     Drops all current guard rules of the agent and saves the provided list in their place. Use it for
    bulk loads; use the single-rule endpoints for incremental edits.

    Args:
        uuid (UUID):
        body (ReplaceGuardRulesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReplaceGuardRulesResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
