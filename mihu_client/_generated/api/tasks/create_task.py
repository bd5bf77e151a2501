from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_response_201 import CreateTaskResponse201
from ...models.task_create_request import TaskCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateTaskResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateTaskResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateTaskResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskCreateRequest,
) -> Response[Any | CreateTaskResponse201]:
    """Create a new task (Call or WhatsApp Template)

     Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
    contact can be given by UUID or by details that are matched or created.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateTaskResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TaskCreateRequest,
) -> Any | CreateTaskResponse201 | None:
    """Create a new task (Call or WhatsApp Template)

     Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
    contact can be given by UUID or by details that are matched or created.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateTaskResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TaskCreateRequest,
) -> Response[Any | CreateTaskResponse201]:
    """Create a new task (Call or WhatsApp Template)

     Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
    contact can be given by UUID or by details that are matched or created.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateTaskResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TaskCreateRequest,
) -> Any | CreateTaskResponse201 | None:
    """Create a new task (Call or WhatsApp Template)

     Schedules a single task for an agent, typically an outbound call or a WhatsApp template send. The
    contact can be given by UUID or by details that are matched or created.

    Args:
        body (TaskCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateTaskResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
