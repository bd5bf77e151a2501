from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.task_update_request import TaskUpdateRequest
from ...models.update_task_response_200 import UpdateTaskResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: TaskUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/tasks/{uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, TaskUpdateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateTaskResponse200:
    data = json_document(response)
    response_200: UpdateTaskResponse200
    if data.__class__ is dict:
        response_200 = UpdateTaskResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_task response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateTaskResponse200]:
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
    body: TaskUpdateRequest,
) -> Response[UpdateTaskResponse200]:
    """Update a task

     Changes the title, description, status, priority, scheduled time or auto-queue flag of one task;
    every field is optional.

    Args:
        uuid (UUID):
        body (TaskUpdateRequest): Partial update of a task; every field is optional.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateTaskResponse200]
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
    body: TaskUpdateRequest,
) -> UpdateTaskResponse200:
    """Update a task

     Changes the title, description, status, priority, scheduled time or auto-queue flag of one task;
    every field is optional.

    Args:
        uuid (UUID):
        body (TaskUpdateRequest): Partial update of a task; every field is optional.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateTaskResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
