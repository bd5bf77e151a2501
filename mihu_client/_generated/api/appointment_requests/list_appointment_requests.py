import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_appointment_requests_response_200 import ListAppointmentRequestsResponse200
from ...models.list_appointment_requests_status import ListAppointmentRequestsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListAppointmentRequestsStatus | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_schedule_uuid: str | Unset = UNSET
    if not isinstance(schedule_uuid, Unset):
        json_schedule_uuid = str(schedule_uuid)
    params["schedule_uuid"] = json_schedule_uuid

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/appointment-requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAppointmentRequestsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListAppointmentRequestsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAppointmentRequestsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListAppointmentRequestsStatus | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ListAppointmentRequestsResponse200]:
    """Get list of appointment requests

     Lists booking requests, optionally narrowed by status, schedule and date range. The data array is
    not paginated in the documented example.

    Args:
        status (ListAppointmentRequestsStatus | Unset):
        schedule_uuid (UUID | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAppointmentRequestsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        schedule_uuid=schedule_uuid,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ListAppointmentRequestsStatus | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ListAppointmentRequestsResponse200 | None:
    """Get list of appointment requests

     Lists booking requests, optionally narrowed by status, schedule and date range. The data array is
    not paginated in the documented example.

    Args:
        status (ListAppointmentRequestsStatus | Unset):
        schedule_uuid (UUID | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAppointmentRequestsResponse200
    """

    return sync_detailed(
        client=client,
        status=status,
        schedule_uuid=schedule_uuid,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListAppointmentRequestsStatus | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ListAppointmentRequestsResponse200]:
    """Get list of appointment requests

     Lists booking requests, optionally narrowed by status, schedule and date range. The data array is
    not paginated in the documented example.

    Args:
        status (ListAppointmentRequestsStatus | Unset):
        schedule_uuid (UUID | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAppointmentRequestsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        schedule_uuid=schedule_uuid,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListAppointmentRequestsStatus | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ListAppointmentRequestsResponse200 | None:
    """Get list of appointment requests

     Lists booking requests, optionally narrowed by status, schedule and date range. The data array is
    not paginated in the documented example.

    Args:
        status (ListAppointmentRequestsStatus | Unset):
        schedule_uuid (UUID | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAppointmentRequestsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            schedule_uuid=schedule_uuid,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
