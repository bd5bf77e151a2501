from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_update_request import AppointmentUpdateRequest
from ...models.update_appointment_response_200 import UpdateAppointmentResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    *,
    body: AppointmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/appointments/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateAppointmentResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateAppointmentResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateAppointmentResponse200]:
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
    body: AppointmentUpdateRequest,
) -> Response[UpdateAppointmentResponse200]:
    """Update an appointment

     Changes the title, time range, status or notes of one appointment; the node sends only the fields
    that are filled in.

    Args:
        uuid (UUID):
        body (AppointmentUpdateRequest): Partial update of an appointment; the n8n node sends only
            non-empty fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAppointmentResponse200]
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
    body: AppointmentUpdateRequest,
) -> UpdateAppointmentResponse200 | None:
    """Update an appointment

     Changes the title, time range, status or notes of one appointment; the node sends only the fields
    that are filled in.

    Args:
        uuid (UUID):
        body (AppointmentUpdateRequest): Partial update of an appointment; the n8n node sends only
            non-empty fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAppointmentResponse200
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
    body: AppointmentUpdateRequest,
) -> Response[UpdateAppointmentResponse200]:
    """Update an appointment

     Changes the title, time range, status or notes of one appointment; the node sends only the fields
    that are filled in.

    Args:
        uuid (UUID):
        body (AppointmentUpdateRequest): Partial update of an appointment; the n8n node sends only
            non-empty fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAppointmentResponse200]
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
    body: AppointmentUpdateRequest,
) -> UpdateAppointmentResponse200 | None:
    """Update an appointment

     Changes the title, time range, status or notes of one appointment; the node sends only the fields
    that are filled in.

    Args:
        uuid (UUID):
        body (AppointmentUpdateRequest): Partial update of an appointment; the n8n node sends only
            non-empty fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAppointmentResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
