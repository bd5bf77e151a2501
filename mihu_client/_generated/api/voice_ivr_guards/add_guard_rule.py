from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_guard_rule_response_201 import AddGuardRuleResponse201
from ...models.voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: VoiceIvrGuardRuleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
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
) -> AddGuardRuleResponse201 | None:
    if response.status_code == 201:
        response_201 = AddGuardRuleResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddGuardRuleResponse201]:
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
    body: VoiceIvrGuardRuleCreate,
) -> Response[AddGuardRuleResponse201]:
    """Add ONE guard rule (preserves existing rules)

     Creates one additional guard rule while keeping the existing ones. Forwarding guards need a
    destination; ending guards should carry a closing message.

    Args:
        uuid (UUID):
        body (VoiceIvrGuardRuleCreate): Guard rule payload for creation / full replacement;
            when_condition and then_action are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddGuardRuleResponse201]
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
    body: VoiceIvrGuardRuleCreate,
) -> AddGuardRuleResponse201 | None:
    """Add ONE guard rule (preserves existing rules)

     Creates one additional guard rule while keeping the existing ones. Forwarding guards need a
    destination; ending guards should carry a closing message.

    Args:
        uuid (UUID):
        body (VoiceIvrGuardRuleCreate): Guard rule payload for creation / full replacement;
            when_condition and then_action are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddGuardRuleResponse201
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
    body: VoiceIvrGuardRuleCreate,
) -> Response[AddGuardRuleResponse201]:
    """Add ONE guard rule (preserves existing rules)

     Creates one additional guard rule while keeping the existing ones. Forwarding guards need a
    destination; ending guards should carry a closing message.

    Args:
        uuid (UUID):
        body (VoiceIvrGuardRuleCreate): Guard rule payload for creation / full replacement;
            when_condition and then_action are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddGuardRuleResponse201]
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
    body: VoiceIvrGuardRuleCreate,
) -> AddGuardRuleResponse201 | None:
    """Add ONE guard rule (preserves existing rules)

     Creates one additional guard rule while keeping the existing ones. Forwarding guards need a
    destination; ending guards should carry a closing message.

    Args:
        uuid (UUID):
        body (VoiceIvrGuardRuleCreate): Guard rule payload for creation / full replacement;
            when_condition and then_action are mandatory.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddGuardRuleResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
