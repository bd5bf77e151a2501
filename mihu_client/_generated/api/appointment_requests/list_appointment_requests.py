import datetime
from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_appointment_requests_response_200 import ListAppointmentRequestsResponse200
from ...models.list_appointment_requests_status import ListAppointmentRequestsStatus
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


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
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    json_schedule_uuid: str | Unset = UNSET
    if not isinstance(schedule_uuid, Unset):
        json_schedule_uuid = str(schedule_uuid) if isinstance(schedule_uuid, UUID) else schedule_uuid
    params["schedule_uuid"] = json_schedule_uuid

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat() if isinstance(start_date, datetime.date) else start_date
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat() if isinstance(end_date, datetime.date) else end_date
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/appointment-requests",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListAppointmentRequestsResponse200:
    data = json_document(response)
    response_200: ListAppointmentRequestsResponse200
    if data.__class__ is dict:
        response_200 = ListAppointmentRequestsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_appointment_requests response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListAppointmentRequestsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
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
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListAppointmentRequestsResponse200]
    """

    kwargs = _get_kwargs(
        status=status,
        schedule_uuid=schedule_uuid,
        start_date=start_date,
        end_date=end_date,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    status: ListAppointmentRequestsStatus | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ListAppointmentRequestsResponse200:
    """Get list of appointment requests

     Lists booking requests, optionally narrowed by status, schedule and date range. The data array is
    not paginated in the documented example.

    Args:
        status (ListAppointmentRequestsStatus | Unset):
        schedule_uuid (UUID | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

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
