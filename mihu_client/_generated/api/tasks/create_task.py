from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_task_response_201 import CreateTaskResponse201
from ...models.task_create_request import TaskCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: TaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, TaskCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateTaskResponse201:
    data = json_document(response)
    response_201: CreateTaskResponse201
    if data.__class__ is dict:
        response_201 = CreateTaskResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_task response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateTaskResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: TaskCreateRequest,
) -> Response[CreateTaskResponse201]:
    """Create a new task (Call or WhatsApp Template)

     Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
    contact can be given by UUID or by details that are matched or created.

    Args:
        body (TaskCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateTaskResponse201]
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
    body: TaskCreateRequest,
) -> CreateTaskResponse201:
    """Create a new task (Call or WhatsApp Template)

     Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
    contact can be given by UUID or by details that are matched or created.

    Args:
        body (TaskCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateTaskResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
