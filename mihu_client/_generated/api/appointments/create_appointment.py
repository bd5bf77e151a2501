from typing import Any

import httpx2

from ...client import ApiClient
from ...models.appointment_create_request import AppointmentCreateRequest
from ...types import Response, parse_with


def _get_kwargs(
    *,
    body: AppointmentCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/appointments",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AppointmentCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> None:
    return None


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[None]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: AppointmentCreateRequest,
) -> Response[None]:
    """Create a new appointment

     Books a confirmed appointment on a schedule for a given time range, optionally tied to a contact and
    with answers to the schedule's questions.

    Args:
        body (AppointmentCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)
