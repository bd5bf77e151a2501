from typing import Any

import httpx2

from ...client import ApiClient
from ...models.get_default_evaluate_settings_response_200 import GetDefaultEvaluateSettingsResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/evaluate/default",
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> GetDefaultEvaluateSettingsResponse200:
    data = json_document(response)
    response_200: GetDefaultEvaluateSettingsResponse200
    if data.__class__ is dict:
        response_200 = GetDefaultEvaluateSettingsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "get_default_evaluate_settings response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[GetDefaultEvaluateSettingsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
) -> Response[GetDefaultEvaluateSettingsResponse200]:
    """Get the global default evaluate settings

     Reads the workspace-wide evaluate configuration inherited by agents that have no override.
    (Inferred: page not stored; documented as 'GET /default' in the tag description.)

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[GetDefaultEvaluateSettingsResponse200]
    """

    kwargs = _get_kwargs()

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
) -> GetDefaultEvaluateSettingsResponse200:
    """Get the global default evaluate settings

     Reads the workspace-wide evaluate configuration inherited by agents that have no override.
    (Inferred: page not stored; documented as 'GET /default' in the tag description.)

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        GetDefaultEvaluateSettingsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
