from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_pool_response_201 import CreatePoolResponse201
from ...models.pool_create_request import PoolCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: PoolCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pools",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PoolCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreatePoolResponse201:
    data = json_document(response)
    response_201: CreatePoolResponse201
    if data.__class__ is dict:
        response_201 = CreatePoolResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_pool response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreatePoolResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: PoolCreateRequest,
) -> Response[CreatePoolResponse201]:
    """Create a contact pool

     Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
    add-contacts call and attach it to a campaign.

    Args:
        body (PoolCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreatePoolResponse201]
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
    body: PoolCreateRequest,
) -> CreatePoolResponse201:
    """Create a contact pool

     Creates an empty pool with its dispatch strategy and retry settings. Fill it afterwards with the
    add-contacts call and attach it to a campaign.

    Args:
        body (PoolCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreatePoolResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
