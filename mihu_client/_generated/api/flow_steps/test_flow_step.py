from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_flow_step_body import TestFlowStepBody
from ...models.test_flow_step_response_200 import TestFlowStepResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: UUID,
    step: UUID,
    *,
    body: TestFlowStepBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/flow/{uuid}/steps/{step}/test".format(
            uuid=quote(str(uuid), safe=""),
            step=quote(str(step), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TestFlowStepResponse200 | None:
    if response.status_code == 200:
        response_200 = TestFlowStepResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TestFlowStepResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    step: UUID,
    *,
    client: AuthenticatedClient,
    body: TestFlowStepBody | Unset = UNSET,
) -> Response[Any | TestFlowStepResponse200]:
    """Test a step — kind-aware behavior (trigger samples vs action exec)

     Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
    and keeps one as the sample that later steps resolve against; for an action it resolves the config
    from upstream test data and either only validates it or really executes it. With persist=true a
    successful test marks the step active, which deploying requires.

    Args:
        uuid (UUID):
        step (UUID):
        body (TestFlowStepBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TestFlowStepResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        step=step,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    step: UUID,
    *,
    client: AuthenticatedClient,
    body: TestFlowStepBody | Unset = UNSET,
) -> Any | TestFlowStepResponse200 | None:
    """Test a step — kind-aware behavior (trigger samples vs action exec)

     Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
    and keeps one as the sample that later steps resolve against; for an action it resolves the config
    from upstream test data and either only validates it or really executes it. With persist=true a
    successful test marks the step active, which deploying requires.

    Args:
        uuid (UUID):
        step (UUID):
        body (TestFlowStepBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TestFlowStepResponse200
    """

    return sync_detailed(
        uuid=uuid,
        step=step,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    step: UUID,
    *,
    client: AuthenticatedClient,
    body: TestFlowStepBody | Unset = UNSET,
) -> Response[Any | TestFlowStepResponse200]:
    """Test a step — kind-aware behavior (trigger samples vs action exec)

     Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
    and keeps one as the sample that later steps resolve against; for an action it resolves the config
    from upstream test data and either only validates it or really executes it. With persist=true a
    successful test marks the step active, which deploying requires.

    Args:
        uuid (UUID):
        step (UUID):
        body (TestFlowStepBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TestFlowStepResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        step=step,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    step: UUID,
    *,
    client: AuthenticatedClient,
    body: TestFlowStepBody | Unset = UNSET,
) -> Any | TestFlowStepResponse200 | None:
    """Test a step — kind-aware behavior (trigger samples vs action exec)

     Tests a single step. For a trigger it pulls recent matching events (or uses the payload you pass)
    and keeps one as the sample that later steps resolve against; for an action it resolves the config
    from upstream test data and either only validates it or really executes it. With persist=true a
    successful test marks the step active, which deploying requires.

    Args:
        uuid (UUID):
        step (UUID):
        body (TestFlowStepBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TestFlowStepResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            step=step,
            client=client,
            body=body,
        )
    ).parsed
