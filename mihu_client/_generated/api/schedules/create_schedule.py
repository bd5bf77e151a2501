from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_schedule_response_201 import CreateScheduleResponse201
from ...models.schedule_create_request import ScheduleCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: ScheduleCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/schedules",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ScheduleCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateScheduleResponse201:
    data = json_document(response)
    response_201: CreateScheduleResponse201
    if data.__class__ is dict:
        response_201 = CreateScheduleResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_schedule response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateScheduleResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: ScheduleCreateRequest,
) -> Response[CreateScheduleResponse201]:
    """Create a new schedule

     Creates a bookable schedule bound to an availability type.

    Args:
        body (ScheduleCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateScheduleResponse201]
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
    body: ScheduleCreateRequest,
) -> CreateScheduleResponse201:
    """Create a new schedule

     Creates a bookable schedule bound to an availability type.

    Args:
        body (ScheduleCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateScheduleResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
