from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluate_settings_update import EvaluateSettingsUpdate
from ...models.update_default_evaluate_settings_response_200 import UpdateDefaultEvaluateSettingsResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: EvaluateSettingsUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/evaluate/default",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateDefaultEvaluateSettingsResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateDefaultEvaluateSettingsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateDefaultEvaluateSettingsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EvaluateSettingsUpdate,
) -> Response[UpdateDefaultEvaluateSettingsResponse200]:
    """Update the global default evaluate settings

     Partially edits the workspace-wide evaluate configuration that agents without their own override
    inherit. Returns the resulting settings.

    Args:
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDefaultEvaluateSettingsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EvaluateSettingsUpdate,
) -> UpdateDefaultEvaluateSettingsResponse200 | None:
    """Update the global default evaluate settings

     Partially edits the workspace-wide evaluate configuration that agents without their own override
    inherit. Returns the resulting settings.

    Args:
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDefaultEvaluateSettingsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EvaluateSettingsUpdate,
) -> Response[UpdateDefaultEvaluateSettingsResponse200]:
    """Update the global default evaluate settings

     Partially edits the workspace-wide evaluate configuration that agents without their own override
    inherit. Returns the resulting settings.

    Args:
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDefaultEvaluateSettingsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EvaluateSettingsUpdate,
) -> UpdateDefaultEvaluateSettingsResponse200 | None:
    """Update the global default evaluate settings

     Partially edits the workspace-wide evaluate configuration that agents without their own override
    inherit. Returns the resulting settings.

    Args:
        body (EvaluateSettingsUpdate): Partial update of evaluate settings; only the keys sent are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDefaultEvaluateSettingsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
