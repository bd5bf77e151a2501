from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_conversation_sessions_response_200 import ListConversationSessionsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    uuid: UUID,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/conversations/{uuid}/sessions".format(
            uuid=quote(str(uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListConversationSessionsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListConversationSessionsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListConversationSessionsResponse200]:
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
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> Response[ListConversationSessionsResponse200]:
    """Get paginated sessions of a conversation

     Pages through the sessions (message bursts) that make up one conversation, with their timing,
    summary and linked records.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConversationSessionsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
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
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> ListConversationSessionsResponse200 | None:
    """Get paginated sessions of a conversation

     Pages through the sessions (message bursts) that make up one conversation, with their timing,
    summary and linked records.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConversationSessionsResponse200
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        page=page,
        per_page=per_page,
        status=status,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> Response[ListConversationSessionsResponse200]:
    """Get paginated sessions of a conversation

     Pages through the sessions (message bursts) that make up one conversation, with their timing,
    summary and linked records.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConversationSessionsResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        page=page,
        per_page=per_page,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> ListConversationSessionsResponse200 | None:
    """Get paginated sessions of a conversation

     Pages through the sessions (message bursts) that make up one conversation, with their timing,
    summary and linked records.

    Args:
        uuid (UUID):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConversationSessionsResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            page=page,
            per_page=per_page,
            status=status,
        )
    ).parsed
