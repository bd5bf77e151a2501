from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_guard_rule_response_200 import UpdateGuardRuleResponse200
from ...models.voice_ivr_guard_rule_input import VoiceIvrGuardRuleInput
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    body: VoiceIvrGuardRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/guard-rules/{rule_uuid}".format(
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
) -> UpdateGuardRuleResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateGuardRuleResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateGuardRuleResponse200]:
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
    body: VoiceIvrGuardRuleInput,
) -> Response[UpdateGuardRuleResponse200]:
    """Partially update ONE guard rule

     Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
    then_action, make sure the matching destination or closing-message fields are present.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrGuardRuleInput): Writable fields of a situation-driven guard rule (all
            optional; used for partial updates).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateGuardRuleResponse200]
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
    body: VoiceIvrGuardRuleInput,
) -> UpdateGuardRuleResponse200 | None:
    """Partially update ONE guard rule

     Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
    then_action, make sure the matching destination or closing-message fields are present.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrGuardRuleInput): Writable fields of a situation-driven guard rule (all
            optional; used for partial updates).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateGuardRuleResponse200
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
    body: VoiceIvrGuardRuleInput,
) -> Response[UpdateGuardRuleResponse200]:
    """Partially update ONE guard rule

     Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
    then_action, make sure the matching destination or closing-message fields are present.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrGuardRuleInput): Writable fields of a situation-driven guard rule (all
            optional; used for partial updates).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateGuardRuleResponse200]
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
    body: VoiceIvrGuardRuleInput,
) -> UpdateGuardRuleResponse200 | None:
    """Partially update ONE guard rule

     Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
    then_action, make sure the matching destination or closing-message fields are present.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrGuardRuleInput): Writable fields of a situation-driven guard rule (all
            optional; used for partial updates).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateGuardRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            rule_uuid=rule_uuid,
            client=client,
            body=body,
        )
    ).parsed
