from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_outbound_call_rates_response_200 import ListOutboundCallRatesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country_code: str | Unset = UNSET,
    prefix: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country_code"] = country_code

    params["prefix"] = prefix

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/phone-numbers/rates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListOutboundCallRatesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListOutboundCallRatesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListOutboundCallRatesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country_code: str | Unset = UNSET,
    prefix: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[ListOutboundCallRatesResponse200]:
    """Outbound call rates

     Lists per-destination outbound call pricing, optionally narrowed by country or dialling prefix.

    Args:
        country_code (str | Unset):  Example: IT.
        prefix (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOutboundCallRatesResponse200]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        prefix=prefix,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country_code: str | Unset = UNSET,
    prefix: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ListOutboundCallRatesResponse200 | None:
    """Outbound call rates

     Lists per-destination outbound call pricing, optionally narrowed by country or dialling prefix.

    Args:
        country_code (str | Unset):  Example: IT.
        prefix (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOutboundCallRatesResponse200
    """

    return sync_detailed(
        client=client,
        country_code=country_code,
        prefix=prefix,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country_code: str | Unset = UNSET,
    prefix: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> Response[ListOutboundCallRatesResponse200]:
    """Outbound call rates

     Lists per-destination outbound call pricing, optionally narrowed by country or dialling prefix.

    Args:
        country_code (str | Unset):  Example: IT.
        prefix (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListOutboundCallRatesResponse200]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        prefix=prefix,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country_code: str | Unset = UNSET,
    prefix: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ListOutboundCallRatesResponse200 | None:
    """Outbound call rates

     Lists per-destination outbound call pricing, optionally narrowed by country or dialling prefix.

    Args:
        country_code (str | Unset):  Example: IT.
        prefix (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListOutboundCallRatesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            country_code=country_code,
            prefix=prefix,
            page=page,
            per_page=per_page,
        )
    ).parsed
