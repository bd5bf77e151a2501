from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.remove_listing_contact_response_200 import RemoveListingContactResponse200
from ...types import Response


def _get_kwargs(
    uuid: UUID,
    contact_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/listings/{uuid}/contacts/{contact_uuid}".format(
            uuid=quote(str(uuid), safe=""),
            contact_uuid=quote(str(contact_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RemoveListingContactResponse200 | None:
    if response.status_code == 200:
        response_200 = RemoveListingContactResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RemoveListingContactResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    contact_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[RemoveListingContactResponse200]:
    """Remove a contact from a listing

     Detaches one contact from a listing.

    Args:
        uuid (UUID):
        contact_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveListingContactResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        contact_uuid=contact_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    contact_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> RemoveListingContactResponse200 | None:
    """Remove a contact from a listing

     Detaches one contact from a listing.

    Args:
        uuid (UUID):
        contact_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveListingContactResponse200
    """

    return sync_detailed(
        uuid=uuid,
        contact_uuid=contact_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    contact_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[RemoveListingContactResponse200]:
    """Remove a contact from a listing

     Detaches one contact from a listing.

    Args:
        uuid (UUID):
        contact_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RemoveListingContactResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        contact_uuid=contact_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    contact_uuid: UUID,
    *,
    client: AuthenticatedClient,
) -> RemoveListingContactResponse200 | None:
    """Remove a contact from a listing

     Detaches one contact from a listing.

    Args:
        uuid (UUID):
        contact_uuid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RemoveListingContactResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            contact_uuid=contact_uuid,
            client=client,
        )
    ).parsed
