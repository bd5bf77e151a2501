from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appointment_request_create_request import AppointmentRequestCreateRequest
from ...models.create_appointment_request_response_201 import CreateAppointmentRequestResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: AppointmentRequestCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/appointment-requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAppointmentRequestResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateAppointmentRequestResponse201.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAppointmentRequestResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AppointmentRequestCreateRequest,
) -> Response[CreateAppointmentRequestResponse201]:
    """Create a new appointment request

     Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
    Reference an existing contact or pass contact details to have one matched or created.

    Args:
        body (AppointmentRequestCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAppointmentRequestResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AppointmentRequestCreateRequest,
) -> CreateAppointmentRequestResponse201 | None:
    """Create a new appointment request

     Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
    Reference an existing contact or pass contact details to have one matched or created.

    Args:
        body (AppointmentRequestCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAppointmentRequestResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AppointmentRequestCreateRequest,
) -> Response[CreateAppointmentRequestResponse201]:
    """Create a new appointment request

     Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
    Reference an existing contact or pass contact details to have one matched or created.

    Args:
        body (AppointmentRequestCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAppointmentRequestResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AppointmentRequestCreateRequest,
) -> CreateAppointmentRequestResponse201 | None:
    """Create a new appointment request

     Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
    Reference an existing contact or pass contact details to have one matched or created.

    Args:
        body (AppointmentRequestCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAppointmentRequestResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
