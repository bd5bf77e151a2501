from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_calls_response_200 import ListCallsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["direction"] = direction

    params["page"] = page

    params["per_page"] = per_page

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListCallsResponse200:
    data = json_document(response)
    response_200: ListCallsResponse200
    if data.__class__ is dict:
        response_200 = ListCallsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_calls response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListCallsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    agent_id: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> Response[ListCallsResponse200]:
    """Get paginated list of calls

     Lists voice calls page by page, filtered by agent, direction or status. The agent filter is named
    agent_id but, per the source, takes the agent's UUID.

    Args:
        agent_id (str | Unset):
        direction (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListCallsResponse200]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        direction=direction,
        page=page,
        per_page=per_page,
        status=status,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    agent_id: str | Unset = UNSET,
    direction: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 15,
    status: str | Unset = UNSET,
) -> ListCallsResponse200:
    """Get paginated list of calls

     Lists voice calls page by page, filtered by agent, direction or status. The agent filter is named
    agent_id but, per the source, takes the agent's UUID.

    Args:
        agent_id (str | Unset):
        direction (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 15.
        status (str | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListCallsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            direction=direction,
            page=page,
            per_page=per_page,
            status=status,
        )
    ).parsed
