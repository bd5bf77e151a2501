from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_pool_contacts_response_200 import ListPoolContactsResponse200
from ...models.list_pool_contacts_status import ListPoolContactsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: UUID,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pools/{uuid}/contacts".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPoolContactsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPoolContactsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPoolContactsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> Response[ListPoolContactsResponse200]:
    """List contacts in a pool

     Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
    timestamps.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        search (str | Unset):
        status (ListPoolContactsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPoolContactsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> ListPoolContactsResponse200 | None:
    """List contacts in a pool

     Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
    timestamps.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        search (str | Unset):
        status (ListPoolContactsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPoolContactsResponse200
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> Response[ListPoolContactsResponse200]:
    """List contacts in a pool

     Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
    timestamps.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        search (str | Unset):
        status (ListPoolContactsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPoolContactsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
        search=search,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 25,
    search: str | Unset = UNSET,
    status: ListPoolContactsStatus | Unset = UNSET,
) -> ListPoolContactsResponse200 | None:
    """List contacts in a pool

     Pages through a pool's members with their dispatch status, priority, retry count and lifecycle
    timestamps.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 25.
        search (str | Unset):
        status (ListPoolContactsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPoolContactsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            page=page,
            per_page=per_page,
            search=search,
            status=status,
        )
    ).parsed
