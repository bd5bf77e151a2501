from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_listings_response_200 import ListListingsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/listings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListListingsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListListingsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListListingsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
) -> Response[ListListingsResponse200]:
    """List listings

     Returns the workspace's contact listings; the node uses it to fill a listing picker.

    Args:
        per_page (int | Unset):  Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListListingsResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
) -> ListListingsResponse200 | None:
    """List listings

     Returns the workspace's contact listings; the node uses it to fill a listing picker.

    Args:
        per_page (int | Unset):  Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListListingsResponse200
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
) -> Response[ListListingsResponse200]:
    """List listings

     Returns the workspace's contact listings; the node uses it to fill a listing picker.

    Args:
        per_page (int | Unset):  Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListListingsResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = UNSET,
) -> ListListingsResponse200 | None:
    """List listings

     Returns the workspace's contact listings; the node uses it to fill a listing picker.

    Args:
        per_page (int | Unset):  Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListListingsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
        )
    ).parsed
