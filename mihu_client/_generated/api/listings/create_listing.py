from typing import Any

import httpx2

from ...client import ApiClient
from ...models.listing_create_request import ListingCreateRequest
from ...types import Response, parse_with


def _get_kwargs(
    *,
    body: ListingCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/listings",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ListingCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> None:
    return None


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[None]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: ListingCreateRequest,
) -> Response[None]:
    """Create a new listing with rule and bulk contacts

     Creates a contact list (listing) in one call together with its contacts, contact rule, agent and
    date range; contacts are upserted by phone then e-mail, and auto_start can launch the campaign
    immediately.

    Args:
        body (ListingCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)
