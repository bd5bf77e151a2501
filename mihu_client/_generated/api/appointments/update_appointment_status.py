from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.appointment_status_update_request import AppointmentStatusUpdateRequest
from ...models.update_appointment_status_response_200 import UpdateAppointmentStatusResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AppointmentStatusUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/appointments/{uuid}/status".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AppointmentStatusUpdateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAppointmentStatusResponse200:
    data = json_document(response)
    response_200: UpdateAppointmentStatusResponse200
    if data.__class__ is dict:
        response_200 = UpdateAppointmentStatusResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_appointment_status response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAppointmentStatusResponse200]:
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
    body: AppointmentStatusUpdateRequest,
) -> Response[UpdateAppointmentStatusResponse200]:
    """Change appointment status

     Sets the status of one appointment (approved, pending or cancelled in the node's choices).

    Args:
        uuid (UUID):
        body (AppointmentStatusUpdateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAppointmentStatusResponse200]
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
    body: AppointmentStatusUpdateRequest,
) -> UpdateAppointmentStatusResponse200:
    """Change appointment status

     Sets the status of one appointment (approved, pending or cancelled in the node's choices).

    Args:
        uuid (UUID):
        body (AppointmentStatusUpdateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

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
