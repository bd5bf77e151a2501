from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_routing_rule_response_200 import UpdateRoutingRuleResponse200
from ...models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    body: VoiceIvrRoutingRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/routing-rules/{rule_uuid}".format(
            uuid=quote(str(uuid), safe=""),
            rule_uuid=quote(str(rule_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateRoutingRuleResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateRoutingRuleResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateRoutingRuleResponse200]:
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
    body: VoiceIvrRoutingRuleInput,
) -> Response[UpdateRoutingRuleResponse200]:
    """Partially update ONE routing rule

     Changes only the keys present in the body for one routing rule (for example toggling is_active or
    moving its priority); other rules are left alone. Returns the updated agent.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateRoutingRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        rule_uuid=rule_uuid,
        body=body,
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
    body: VoiceIvrRoutingRuleInput,
) -> UpdateRoutingRuleResponse200 | None:
    """Partially update ONE routing rule

     Changes only the keys present in the body for one routing rule (for example toggling is_active or
    moving its priority); other rules are left alone. Returns the updated agent.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateRoutingRuleResponse200
    """

    return sync_detailed(
        uuid=uuid,
        rule_uuid=rule_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: VoiceIvrRoutingRuleInput,
) -> Response[UpdateRoutingRuleResponse200]:
    """Partially update ONE routing rule

     Changes only the keys present in the body for one routing rule (for example toggling is_active or
    moving its priority); other rules are left alone. Returns the updated agent.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateRoutingRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        rule_uuid=rule_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: AuthenticatedClient,
    body: VoiceIvrRoutingRuleInput,
) -> UpdateRoutingRuleResponse200 | None:
    """Partially update ONE routing rule

     Changes only the keys present in the body for one routing rule (for example toggling is_active or
    moving its priority); other rules are left alone. Returns the updated agent.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateRoutingRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            rule_uuid=rule_uuid,
            client=client,
            body=body,
        )
    ).parsed
