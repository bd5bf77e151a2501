from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_flow_step_body import UpdateFlowStepBody
from ...models.update_flow_step_response_200 import UpdateFlowStepResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    step: UUID,
    *,
    body: UpdateFlowStepBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/flow/{uuid}/steps/{step}".format(
            uuid=quote(str(uuid), safe=""),
            step=quote(str(step), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateFlowStepResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateFlowStepResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateFlowStepResponse200]:
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
    body: UpdateFlowStepBody,
) -> Response[UpdateFlowStepResponse200]:
    """Update any subset of a step's fields

     Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
    resets the step's trigger/action, config and connection.

    Args:
        uuid (UUID):
        step (UUID):
        body (UpdateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateFlowStepResponse200]
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
    body: UpdateFlowStepBody,
) -> UpdateFlowStepResponse200 | None:
    """Update any subset of a step's fields

     Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
    resets the step's trigger/action, config and connection.

    Args:
        uuid (UUID):
        step (UUID):
        body (UpdateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateFlowStepResponse200
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
    body: UpdateFlowStepBody,
) -> Response[UpdateFlowStepResponse200]:
    """Update any subset of a step's fields

     Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
    resets the step's trigger/action, config and connection.

    Args:
        uuid (UUID):
        step (UUID):
        body (UpdateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateFlowStepResponse200]
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
    body: UpdateFlowStepBody,
) -> UpdateFlowStepResponse200 | None:
    """Update any subset of a step's fields

     Partially updates one step of a flow: only the fields present in the body change. Switching app_uid
    resets the step's trigger/action, config and connection.

    Args:
        uuid (UUID):
        step (UUID):
        body (UpdateFlowStepBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateFlowStepResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            step=step,
            client=client,
            body=body,
        )
    ).parsed
