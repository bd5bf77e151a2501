import datetime
from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_tasks_response_200 import ListTasksResponse200
from ...models.list_tasks_status import ListTasksStatus
from ...models.list_tasks_type import ListTasksType
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    type_: ListTasksType | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
    priority: int | Unset = UNSET,
    scheduled_from: datetime.datetime | Unset = UNSET,
    scheduled_to: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = getattr(type_, "value", type_)

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    json_contact_uuid: str | Unset = UNSET
    if not isinstance(contact_uuid, Unset):
        json_contact_uuid = str(contact_uuid) if isinstance(contact_uuid, UUID) else contact_uuid
    params["contact_uuid"] = json_contact_uuid

    json_campaign_uuid: str | Unset = UNSET
    if not isinstance(campaign_uuid, Unset):
        json_campaign_uuid = str(campaign_uuid) if isinstance(campaign_uuid, UUID) else campaign_uuid
    params["campaign_uuid"] = json_campaign_uuid

    json_agent_uuid: str | Unset = UNSET
    if not isinstance(agent_uuid, Unset):
        json_agent_uuid = str(agent_uuid) if isinstance(agent_uuid, UUID) else agent_uuid
    params["agent_uuid"] = json_agent_uuid

    params["priority"] = priority

    json_scheduled_from: str | Unset = UNSET
    if not isinstance(scheduled_from, Unset):
        json_scheduled_from = (
            scheduled_from.isoformat() if isinstance(scheduled_from, datetime.datetime) else scheduled_from
        )
    params["scheduled_from"] = json_scheduled_from

    json_scheduled_to: str | Unset = UNSET
    if not isinstance(scheduled_to, Unset):
        json_scheduled_to = scheduled_to.isoformat() if isinstance(scheduled_to, datetime.datetime) else scheduled_to
    params["scheduled_to"] = json_scheduled_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListTasksResponse200:
    data = json_document(response)
    response_200: ListTasksResponse200
    if data.__class__ is dict:
        response_200 = ListTasksResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_tasks response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListTasksResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    type_: ListTasksType | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
    priority: int | Unset = UNSET,
    scheduled_from: datetime.datetime | Unset = UNSET,
    scheduled_to: datetime.datetime | Unset = UNSET,
) -> Response[ListTasksResponse200]:
    """Get paginated list of tasks

     Lists agent tasks page by page, with filters for type, status, contact, campaign, agent, priority
    and a scheduled-time window.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        type_ (ListTasksType | Unset):
        status (ListTasksStatus | Unset):
        contact_uuid (UUID | Unset):
        campaign_uuid (UUID | Unset):
        agent_uuid (UUID | Unset):
        priority (int | Unset):
        scheduled_from (datetime.datetime | Unset):
        scheduled_to (datetime.datetime | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListTasksResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        type_=type_,
        status=status,
        contact_uuid=contact_uuid,
        campaign_uuid=campaign_uuid,
        agent_uuid=agent_uuid,
        priority=priority,
        scheduled_from=scheduled_from,
        scheduled_to=scheduled_to,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    type_: ListTasksType | Unset = UNSET,
    status: ListTasksStatus | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
    priority: int | Unset = UNSET,
    scheduled_from: datetime.datetime | Unset = UNSET,
    scheduled_to: datetime.datetime | Unset = UNSET,
) -> ListTasksResponse200:
    """Get paginated list of tasks

     Lists agent tasks page by page, with filters for type, status, contact, campaign, agent, priority
    and a scheduled-time window.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        type_ (ListTasksType | Unset):
        status (ListTasksStatus | Unset):
        contact_uuid (UUID | Unset):
        campaign_uuid (UUID | Unset):
        agent_uuid (UUID | Unset):
        priority (int | Unset):
        scheduled_from (datetime.datetime | Unset):
        scheduled_to (datetime.datetime | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListTasksResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            type_=type_,
            status=status,
            contact_uuid=contact_uuid,
            campaign_uuid=campaign_uuid,
            agent_uuid=agent_uuid,
            priority=priority,
            scheduled_from=scheduled_from,
            scheduled_to=scheduled_to,
        )
    ).parsed
