from typing import Any

import httpx2

from ...client import ApiClient
from ...models.evaluate_settings_update import EvaluateSettingsUpdate
from ...models.update_default_evaluate_settings_response_200 import UpdateDefaultEvaluateSettingsResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: EvaluateSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/evaluate/default",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, EvaluateSettingsUpdate) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateDefaultEvaluateSettingsResponse200:
    data = json_document(response)
    response_200: UpdateDefaultEvaluateSettingsResponse200
    if data.__class__ is dict:
        response_200 = UpdateDefaultEvaluateSettingsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_default_evaluate_settings response")

    return response_200


def _build_response(
    *, client: ApiClient, response: httpx2.Response
) -> Response[UpdateDefaultEvaluateSettingsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: EvaluateSettingsUpdate,
) -> Response[UpdateDefaultEvaluateSettingsResponse200]:
    """Update the global default evaluate settings

     Partially edits the workspace-wide evaluate configuration that agents without their own override
    inherit. Returns the resulting settings.

    Args:
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateDefaultEvaluateSettingsResponse200]
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
    body: EvaluateSettingsUpdate,
) -> UpdateDefaultEvaluateSettingsResponse200:
    """Update the global default evaluate settings

     Partially edits the workspace-wide evaluate configuration that agents without their own override
    inherit. Returns the resulting settings.

    Args:
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateDefaultEvaluateSettingsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
