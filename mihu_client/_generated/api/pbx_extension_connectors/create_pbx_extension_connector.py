from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_pbx_extension_connector_response_201 import CreatePbxExtensionConnectorResponse201
from ...models.pbx_extension_connector_create_request import PbxExtensionConnectorCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PbxExtensionConnectorCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pbx_extension_connectors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreatePbxExtensionConnectorResponse201 | None:
    if response.status_code == 201:
        response_201 = CreatePbxExtensionConnectorResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreatePbxExtensionConnectorResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PbxExtensionConnectorCreateRequest,
) -> Response[Any | CreatePbxExtensionConnectorResponse201]:
    """Create a PBX extension connector

     Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
    stored passwords are write-only.

    Args:
        body (PbxExtensionConnectorCreateRequest): Payload for registering a PBX extension against
            an AI voice agent. Field list taken from the documented curl example; the per-field docs
            were not visible, so the required list is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatePbxExtensionConnectorResponse201]
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
    body: PbxExtensionConnectorCreateRequest,
) -> Any | CreatePbxExtensionConnectorResponse201 | None:
    """Create a PBX extension connector

     Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
    stored passwords are write-only.

    Args:
        body (PbxExtensionConnectorCreateRequest): Payload for registering a PBX extension against
            an AI voice agent. Field list taken from the documented curl example; the per-field docs
            were not visible, so the required list is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatePbxExtensionConnectorResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PbxExtensionConnectorCreateRequest,
) -> Response[Any | CreatePbxExtensionConnectorResponse201]:
    """Create a PBX extension connector

     Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
    stored passwords are write-only.

    Args:
        body (PbxExtensionConnectorCreateRequest): Payload for registering a PBX extension against
            an AI voice agent. Field list taken from the documented curl example; the per-field docs
            were not visible, so the required list is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreatePbxExtensionConnectorResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PbxExtensionConnectorCreateRequest,
) -> Any | CreatePbxExtensionConnectorResponse201 | None:
    """Create a PBX extension connector

     Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
    stored passwords are write-only.

    Args:
        body (PbxExtensionConnectorCreateRequest): Payload for registering a PBX extension against
            an AI voice agent. Field list taken from the documented curl example; the per-field docs
            were not visible, so the required list is inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreatePbxExtensionConnectorResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
