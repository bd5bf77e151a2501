from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_listings_response_200 import ListListingsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


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


def _parse_response(response: httpx2.Response) -> ListListingsResponse200:
    data = json_document(response)
    response_200: ListListingsResponse200
    if data.__class__ is dict:
        response_200 = ListListingsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_listings response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListListingsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    per_page: int | Unset = UNSET,
) -> Response[ListListingsResponse200]:
    """List listings

     Returns the workspace's contact listings; the node uses it to fill a listing picker.

    Args:
        per_page (int | Unset):  Example: 100.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListListingsResponse200]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    per_page: int | Unset = UNSET,
) -> ListListingsResponse200:
    """List listings

     Returns the workspace's contact listings; the node uses it to fill a listing picker.

    Args:
        per_page (int | Unset):  Example: 100.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListListingsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
        )
    ).parsed
