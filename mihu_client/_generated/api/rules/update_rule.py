from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rule_update_request import RuleUpdateRequest
from ...models.update_rule_response_200 import UpdateRuleResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: RuleUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/rules/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateRuleResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateRuleResponse200.from_dict(response.json())

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
) -> Response[Any | UpdateRuleResponse200]:
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
    body: RuleUpdateRequest,
) -> Response[Any | UpdateRuleResponse200]:
    """Update an existing rule

     Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
    tasks already scheduled on running campaigns keep their old settings.

    Args:
        uuid (UUID):
        body (RuleUpdateRequest): Partial update; only the keys sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateRuleResponse200]
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
    body: RuleUpdateRequest,
) -> Any | UpdateRuleResponse200 | None:
    """Update an existing rule

     Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
    tasks already scheduled on running campaigns keep their old settings.

    Args:
        uuid (UUID):
        body (RuleUpdateRequest): Partial update; only the keys sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateRuleResponse200
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
    body: RuleUpdateRequest,
) -> Response[Any | UpdateRuleResponse200]:
    """Update an existing rule

     Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
    tasks already scheduled on running campaigns keep their old settings.

    Args:
        uuid (UUID):
        body (RuleUpdateRequest): Partial update; only the keys sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateRuleResponse200]
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
    body: RuleUpdateRequest,
) -> Any | UpdateRuleResponse200 | None:
    """Update an existing rule

     Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
    tasks already scheduled on running campaigns keep their old settings.

    Args:
        uuid (UUID):
        body (RuleUpdateRequest): Partial update; only the keys sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
