from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.appointment_update_request import AppointmentUpdateRequest
from ...models.update_appointment_response_200 import UpdateAppointmentResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AppointmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/appointments/{uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AppointmentUpdateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAppointmentResponse200:
    data = json_document(response)
    response_200: UpdateAppointmentResponse200
    if data.__class__ is dict:
        response_200 = UpdateAppointmentResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_appointment response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAppointmentResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: ApiClient,
    body: AppointmentUpdateRequest,
) -> Response[UpdateAppointmentResponse200]:
    """Update an appointment

     Changes the title, time range, status or notes of one appointment; the node sends only the fields
    that are filled in.

    Args:
        uuid (UUID):
        body (AppointmentUpdateRequest): Partial update of an appointment; the n8n node sends only
            non-empty fields. description is not sent by the node; it is listed by a third-party
            mirror of older vendor docs (appointments/update-an-appointment), which in turn lacks
            notes.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAppointmentResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    body: AppointmentUpdateRequest,
) -> UpdateAppointmentResponse200:
    """Update an appointment

     Changes the title, time range, status or notes of one appointment; the node sends only the fields
    that are filled in.

    Args:
        uuid (UUID):
        body (AppointmentUpdateRequest): Partial update of an appointment; the n8n node sends only
            non-empty fields. description is not sent by the node; it is listed by a third-party
            mirror of older vendor docs (appointments/update-an-appointment), which in turn lacks
            notes.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

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
