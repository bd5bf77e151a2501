from typing import Any

import httpx2

from ...client import ApiClient
from ...models.buy_phone_number_response_201 import BuyPhoneNumberResponse201
from ...models.phone_number_buy_request import PhoneNumberBuyRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: PhoneNumberBuyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/phone-numbers",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PhoneNumberBuyRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> BuyPhoneNumberResponse201:
    data = json_document(response)
    response_201: BuyPhoneNumberResponse201
    if data.__class__ is dict:
        response_201 = BuyPhoneNumberResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "buy_phone_number response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[BuyPhoneNumberResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: PhoneNumberBuyRequest,
) -> Response[BuyPhoneNumberResponse201]:
    """Buy a phone number

     Purchases a number found via the search endpoint, attaching compliance address and requirement
    answers when the country or type needs them. A per-workspace cap on API purchases applies.

    Args:
        body (PhoneNumberBuyRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[BuyPhoneNumberResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: PhoneNumberBuyRequest,
) -> BuyPhoneNumberResponse201:
    """Buy a phone number

     Purchases a number found via the search endpoint, attaching compliance address and requirement
    answers when the country or type needs them. A per-workspace cap on API purchases applies.

    Args:
        body (PhoneNumberBuyRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        BuyPhoneNumberResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
