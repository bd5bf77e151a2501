from typing import Any

import httpx2

from ...client import ApiClient
from ...models.appointment_request_create_request import AppointmentRequestCreateRequest
from ...models.create_appointment_request_response_201 import CreateAppointmentRequestResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: AppointmentRequestCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/appointment-requests",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AppointmentRequestCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateAppointmentRequestResponse201:
    data = json_document(response)
    response_201: CreateAppointmentRequestResponse201
    if data.__class__ is dict:
        response_201 = CreateAppointmentRequestResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_appointment_request response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateAppointmentRequestResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: AppointmentRequestCreateRequest,
) -> Response[CreateAppointmentRequestResponse201]:
    """Create a new appointment request

     Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
    Reference an existing contact or pass contact details to have one matched or created.

    Args:
        body (AppointmentRequestCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateAppointmentRequestResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: AppointmentRequestCreateRequest,
) -> CreateAppointmentRequestResponse201:
    """Create a new appointment request

     Submits a tentative booking on a schedule that must be reviewed before it becomes an appointment.
    Reference an existing contact or pass contact details to have one matched or created.

    Args:
        body (AppointmentRequestCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateAppointmentRequestResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
