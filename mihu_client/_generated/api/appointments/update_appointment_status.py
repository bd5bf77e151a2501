from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_status_update_request import AppointmentStatusUpdateRequest
from ...models.update_appointment_status_response_200 import UpdateAppointmentStatusResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: AppointmentStatusUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/appointments/{uuid}/status".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateAppointmentStatusResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateAppointmentStatusResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateAppointmentStatusResponse200]:
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
    body: AppointmentStatusUpdateRequest,
) -> Response[UpdateAppointmentStatusResponse200]:
    """Change appointment status

     Sets the status of one appointment (approved, pending or cancelled in the node's choices).

    Args:
        uuid (UUID):
        body (AppointmentStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAppointmentStatusResponse200]
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
    body: AppointmentStatusUpdateRequest,
) -> UpdateAppointmentStatusResponse200 | None:
    """Change appointment status

     Sets the status of one appointment (approved, pending or cancelled in the node's choices).

    Args:
        uuid (UUID):
        body (AppointmentStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAppointmentStatusResponse200
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
    body: AppointmentStatusUpdateRequest,
) -> Response[UpdateAppointmentStatusResponse200]:
    """Change appointment status

     Sets the status of one appointment (approved, pending or cancelled in the node's choices).

    Args:
        uuid (UUID):
        body (AppointmentStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAppointmentStatusResponse200]
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
    body: AppointmentStatusUpdateRequest,
) -> UpdateAppointmentStatusResponse200 | None:
    """Change appointment status

     Sets the status of one appointment (approved, pending or cancelled in the node's choices).

    Args:
        uuid (UUID):
        body (AppointmentStatusUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAppointmentStatusResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
