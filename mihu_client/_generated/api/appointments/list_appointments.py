from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_appointments_response_200 import ListAppointmentsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    contact_uuid: UUID | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_contact_uuid: str | Unset = UNSET
    if not isinstance(contact_uuid, Unset):
        json_contact_uuid = str(contact_uuid) if isinstance(contact_uuid, UUID) else contact_uuid
    params["contact_uuid"] = json_contact_uuid

    params["start_date"] = start_date

    params["end_date"] = end_date

    json_schedule_uuid: str | Unset = UNSET
    if not isinstance(schedule_uuid, Unset):
        json_schedule_uuid = str(schedule_uuid) if isinstance(schedule_uuid, UUID) else schedule_uuid
    params["schedule_uuid"] = json_schedule_uuid

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/appointments",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListAppointmentsResponse200:
    data = json_document(response)
    response_200: ListAppointmentsResponse200
    if data.__class__ is dict:
        response_200 = ListAppointmentsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_appointments response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListAppointmentsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    contact_uuid: UUID | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ListAppointmentsResponse200]:
    """List appointments

     Returns the workspace's appointments as one array (the node sends no paging parameters). Optional
    filters by contact, schedule, status and date range are listed by a third-party mirror of older
    vendor docs (mindcloud-inc/universal-api-reference, native-api/actions/get-all-appointments-
    calendar.md, linking https://developers.mihu.ai/api-reference/appointments/get-all-appointments-
    calendar); the node sends none of them.

    Args:
        contact_uuid (UUID | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        schedule_uuid (UUID | Unset):
        status (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListAppointmentsResponse200]
    """

    kwargs = _get_kwargs(
        contact_uuid=contact_uuid,
        start_date=start_date,
        end_date=end_date,
        schedule_uuid=schedule_uuid,
        status=status,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    contact_uuid: UUID | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    schedule_uuid: UUID | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ListAppointmentsResponse200:
    """List appointments

     Returns the workspace's appointments as one array (the node sends no paging parameters). Optional
    filters by contact, schedule, status and date range are listed by a third-party mirror of older
    vendor docs (mindcloud-inc/universal-api-reference, native-api/actions/get-all-appointments-
    calendar.md, linking https://developers.mihu.ai/api-reference/appointments/get-all-appointments-
    calendar); the node sends none of them.

    Args:
        contact_uuid (UUID | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        schedule_uuid (UUID | Unset):
        status (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListAppointmentsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            contact_uuid=contact_uuid,
            start_date=start_date,
            end_date=end_date,
            schedule_uuid=schedule_uuid,
            status=status,
        )
    ).parsed
