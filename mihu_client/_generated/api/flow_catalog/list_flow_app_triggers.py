from typing import Any

import httpx2

from ...client import ApiClient
from ...models.list_flow_app_triggers_response_200 import ListFlowAppTriggersResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment


def _get_kwargs(
    uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/flow/apps/{uid}/triggers".format(
            uid=path_segment(uid, "uid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> ListFlowAppTriggersResponse200:
    data = json_document(response)
    response_200: ListFlowAppTriggersResponse200
    if data.__class__ is dict:
        response_200 = ListFlowAppTriggersResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "list_flow_app_triggers response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ListFlowAppTriggersResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uid: str,
    *,
    client: ApiClient,
) -> Response[ListFlowAppTriggersResponse200]:
    """List the triggers of a flow app

     Lists the trigger events offered by one app; their keys are what trigger_key expects when adding a
    trigger step.

    Args:
        uid (str):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ListFlowAppTriggersResponse200]
    """

    kwargs = _get_kwargs(
        uid=uid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uid: str,
    *,
    client: ApiClient,
) -> ListFlowAppTriggersResponse200:
    """List the triggers of a flow app

     Lists the trigger events offered by one app; their keys are what trigger_key expects when adding a
    trigger step.

    Args:
        uid (str):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ListFlowAppTriggersResponse200
    """

    return (
        await asyncio_detailed(
            uid=uid,
            client=client,
        )
    ).parsed
