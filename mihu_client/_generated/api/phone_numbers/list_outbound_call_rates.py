from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_outbound_call_rates_response_200 import ListOutboundCallRatesResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


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


def _parse_response(response: httpx2.Response) -> ListOutboundCallRatesResponse200:
    data = json_document(response)
    response_200: ListOutboundCallRatesResponse200
    if data.__class__ is dict:
        response_200 = ListOutboundCallRatesResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_outbound_call_rates response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListOutboundCallRatesResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
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
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListOutboundCallRatesResponse200]
    """

    kwargs = _get_kwargs(
        country_code=country_code,
        prefix=prefix,
        page=page,
        per_page=per_page,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    country_code: str | Unset = UNSET,
    prefix: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 50,
) -> ListOutboundCallRatesResponse200:
    """Outbound call rates

     Lists per-destination outbound call pricing, optionally narrowed by country or dialling prefix.

    Args:
        country_code (str | Unset):  Example: IT.
        prefix (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 50.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

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
