from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_routing_rule_response_201 import AddRoutingRuleResponse201
from ...models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: VoiceIvrRoutingRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
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
) -> AddRoutingRuleResponse201 | None:
    if response.status_code == 201:
        response_201 = AddRoutingRuleResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddRoutingRuleResponse201]:
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
    body: VoiceIvrRoutingRuleInput,
) -> Response[AddRoutingRuleResponse201]:
    """Add ONE routing rule (preserves existing rules)

     Appends a single routing rule to the agent without touching the others; a missing priority places it
    last. Responds with the whole agent including the refreshed routing_rules list.

    Args:
        uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddRoutingRuleResponse201]
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
    body: VoiceIvrRoutingRuleInput,
) -> AddRoutingRuleResponse201 | None:
    """Add ONE routing rule (preserves existing rules)

     Appends a single routing rule to the agent without touching the others; a missing priority places it
    last. Responds with the whole agent including the refreshed routing_rules list.

    Args:
        uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddRoutingRuleResponse201
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
    body: VoiceIvrRoutingRuleInput,
) -> Response[AddRoutingRuleResponse201]:
    """Add ONE routing rule (preserves existing rules)

     Appends a single routing rule to the agent without touching the others; a missing priority places it
    last. Responds with the whole agent including the refreshed routing_rules list.

    Args:
        uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddRoutingRuleResponse201]
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
    body: VoiceIvrRoutingRuleInput,
) -> AddRoutingRuleResponse201 | None:
    """Add ONE routing rule (preserves existing rules)

     Appends a single routing rule to the agent without touching the others; a missing priority places it
    last. Responds with the whole agent including the refreshed routing_rules list.

    Args:
        uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddRoutingRuleResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
