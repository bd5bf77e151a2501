from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_flows_response_200 import ListFlowsResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/flows",
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListFlowsResponse200:
    data = json_document(response)
    response_200: ListFlowsResponse200
    if data.__class__ is dict:
        response_200 = ListFlowsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_flows response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListFlowsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
) -> Response[ListFlowsResponse200]:
    """List flows

     Lists the workspace's Studio automation flows.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListFlowsResponse200]
    """

    kwargs = _get_kwargs()

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
) -> ListFlowsResponse200:
    """List flows

     Lists the workspace's Studio automation flows.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListFlowsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
