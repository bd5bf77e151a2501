from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_conversations_response_200 import ListConversationsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["phone"] = phone

    json_contact_uuid: str | Unset = UNSET
    if not isinstance(contact_uuid, Unset):
        json_contact_uuid = str(contact_uuid)
    params["contact_uuid"] = json_contact_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListConversationsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListConversationsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListConversationsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> Response[ListConversationsResponse200]:
    """Get paginated list of conversations

     Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
    partial phone number). Each item carries its channel, contact, session UUIDs and call data.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        phone (str | Unset):
        contact_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConversationsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        phone=phone,
        contact_uuid=contact_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> ListConversationsResponse200 | None:
    """Get paginated list of conversations

     Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
    partial phone number). Each item carries its channel, contact, session UUIDs and call data.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        phone (str | Unset):
        contact_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConversationsResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        phone=phone,
        contact_uuid=contact_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> Response[ListConversationsResponse200]:
    """Get paginated list of conversations

     Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
    partial phone number). Each item carries its channel, contact, session UUIDs and call data.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        phone (str | Unset):
        contact_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConversationsResponse200]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        phone=phone,
        contact_uuid=contact_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    phone: str | Unset = UNSET,
    contact_uuid: UUID | Unset = UNSET,
) -> ListConversationsResponse200 | None:
    """Get paginated list of conversations

     Lists the account's conversations page by page, optionally narrowed to one contact (by UUID or
    partial phone number). Each item carries its channel, contact, session UUIDs and call data.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        phone (str | Unset):
        contact_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConversationsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            phone=phone,
            contact_uuid=contact_uuid,
        )
    ).parsed
