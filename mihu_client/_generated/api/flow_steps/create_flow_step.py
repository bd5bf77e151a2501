from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_flow_step_body import CreateFlowStepBody
from ...models.create_flow_step_response_201 import CreateFlowStepResponse201
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: CreateFlowStepBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/flow/{uuid}/steps".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateFlowStepResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateFlowStepResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateFlowStepResponse201]:
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
    body: CreateFlowStepBody,
) -> Response[Any | CreateFlowStepResponse201]:
    """Add a step to a flow (trigger as step 1, actions as step 2+)

     Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
    to the end; it can instead be inserted after a given step or nested under an if_condition branch,
    and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
    must be undeployed first, otherwise 409 is returned.

    Args:
        uuid (UUID):
        body (CreateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateFlowStepResponse201]
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
    body: CreateFlowStepBody,
) -> Any | CreateFlowStepResponse201 | None:
    """Add a step to a flow (trigger as step 1, actions as step 2+)

     Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
    to the end; it can instead be inserted after a given step or nested under an if_condition branch,
    and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
    must be undeployed first, otherwise 409 is returned.

    Args:
        uuid (UUID):
        body (CreateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateFlowStepResponse201
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
    body: CreateFlowStepBody,
) -> Response[Any | CreateFlowStepResponse201]:
    """Add a step to a flow (trigger as step 1, actions as step 2+)

     Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
    to the end; it can instead be inserted after a given step or nested under an if_condition branch,
    and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
    must be undeployed first, otherwise 409 is returned.

    Args:
        uuid (UUID):
        body (CreateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateFlowStepResponse201]
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
    body: CreateFlowStepBody,
) -> Any | CreateFlowStepResponse201 | None:
    """Add a step to a flow (trigger as step 1, actions as step 2+)

     Adds a trigger (only one, always step 1) or an action step to a draft flow. By default the step goes
    to the end; it can instead be inserted after a given step or nested under an if_condition branch,
    and the server renumbers later steps and rewrites their {{stepN.field}} references. A deployed flow
    must be undeployed first, otherwise 409 is returned.

    Args:
        uuid (UUID):
        body (CreateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateFlowStepResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
