from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_flow_connections_response_200 import ListFlowConnectionsResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/flow/connections",
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListFlowConnectionsResponse200:
    data = json_document(response)
    response_200: ListFlowConnectionsResponse200
    if data.__class__ is dict:
        response_200 = ListFlowConnectionsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_flow_connections response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListFlowConnectionsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
) -> Response[ListFlowConnectionsResponse200]:
    """List flow app connections

     Lists the workspace's connected app accounts, whose UUIDs flow steps and intent events take as
    app_connection_uuid.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListFlowConnectionsResponse200]
    """

    kwargs = _get_kwargs()

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
) -> ListFlowConnectionsResponse200:
    """List flow app connections

     Lists the workspace's connected app accounts, whose UUIDs flow steps and intent events take as
    app_connection_uuid.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListFlowConnectionsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
