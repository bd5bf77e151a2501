from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.list_contacts_contact_channel import ListContactsContactChannel
from ...models.list_contacts_response_200 import ListContactsResponse200
from ...models.list_contacts_status import ListContactsStatus
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListContactsStatus | Unset = UNSET,
    contact_channel: ListContactsContactChannel | Unset = UNSET,
    stage_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
    tag_uuid: UUID | Unset = UNSET,
    pool_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = getattr(status, "value", status)

    params["status"] = json_status

    json_contact_channel: str | Unset = UNSET
    if not isinstance(contact_channel, Unset):
        json_contact_channel = getattr(contact_channel, "value", contact_channel)

    params["contact_channel"] = json_contact_channel

    json_stage_uuid: str | Unset = UNSET
    if not isinstance(stage_uuid, Unset):
        json_stage_uuid = str(stage_uuid) if isinstance(stage_uuid, UUID) else stage_uuid
    params["stage_uuid"] = json_stage_uuid

    json_campaign_uuid: str | Unset = UNSET
    if not isinstance(campaign_uuid, Unset):
        json_campaign_uuid = str(campaign_uuid) if isinstance(campaign_uuid, UUID) else campaign_uuid
    params["campaign_uuid"] = json_campaign_uuid

    json_tag_uuid: str | Unset = UNSET
    if not isinstance(tag_uuid, Unset):
        json_tag_uuid = str(tag_uuid) if isinstance(tag_uuid, UUID) else tag_uuid
    params["tag_uuid"] = json_tag_uuid

    json_pool_uuid: str | Unset = UNSET
    if not isinstance(pool_uuid, Unset):
        json_pool_uuid = str(pool_uuid) if isinstance(pool_uuid, UUID) else pool_uuid
    params["pool_uuid"] = json_pool_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListContactsResponse200:
    data = json_document(response)
    response_200: ListContactsResponse200
    if data.__class__ is dict:
        response_200 = ListContactsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_contacts response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListContactsResponse200]:
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
    search: str | Unset = UNSET,
    status: ListContactsStatus | Unset = UNSET,
    contact_channel: ListContactsContactChannel | Unset = UNSET,
    stage_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
    tag_uuid: UUID | Unset = UNSET,
    pool_uuid: UUID | Unset = UNSET,
) -> Response[ListContactsResponse200]:
    """Get paginated list of contacts

     Pages through the account's contacts. Results can be narrowed by free-text search, status, preferred
    channel, pipeline stage, campaign, tag or pool.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListContactsStatus | Unset):
        contact_channel (ListContactsContactChannel | Unset):
        stage_uuid (UUID | Unset):
        campaign_uuid (UUID | Unset):
        tag_uuid (UUID | Unset):
        pool_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListContactsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        search=search,
        status=status,
        contact_channel=contact_channel,
        stage_uuid=stage_uuid,
        campaign_uuid=campaign_uuid,
        tag_uuid=tag_uuid,
        pool_uuid=pool_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    search: str | Unset = UNSET,
    status: ListContactsStatus | Unset = UNSET,
    contact_channel: ListContactsContactChannel | Unset = UNSET,
    stage_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
    tag_uuid: UUID | Unset = UNSET,
    pool_uuid: UUID | Unset = UNSET,
) -> ListContactsResponse200:
    """Get paginated list of contacts

     Pages through the account's contacts. Results can be narrowed by free-text search, status, preferred
    channel, pipeline stage, campaign, tag or pool.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        search (str | Unset):
        status (ListContactsStatus | Unset):
        contact_channel (ListContactsContactChannel | Unset):
        stage_uuid (UUID | Unset):
        campaign_uuid (UUID | Unset):
        tag_uuid (UUID | Unset):
        pool_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListContactsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            status=status,
            contact_channel=contact_channel,
            stage_uuid=stage_uuid,
            campaign_uuid=campaign_uuid,
            tag_uuid=tag_uuid,
            pool_uuid=pool_uuid,
        )
    ).parsed
