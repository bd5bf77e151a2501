from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_pbx_extension_connector_response_201 import CreatePbxExtensionConnectorResponse201
from ...models.pbx_extension_connector_create_request import PbxExtensionConnectorCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: PbxExtensionConnectorCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pbx_extension_connectors",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, PbxExtensionConnectorCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreatePbxExtensionConnectorResponse201:
    data = json_document(response)
    response_201: CreatePbxExtensionConnectorResponse201
    if data.__class__ is dict:
        response_201 = CreatePbxExtensionConnectorResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_pbx_extension_connector response")

    return response_201


def _build_response(
    *, client: ApiClient, response: httpx2.Response
) -> Response[CreatePbxExtensionConnectorResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: PbxExtensionConnectorCreateRequest,
) -> Response[CreatePbxExtensionConnectorResponse201]:
    """Create a PBX extension connector

     Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
    stored passwords are write-only.

    Args:
        body (PbxExtensionConnectorCreateRequest): Payload for registering a PBX extension against
            an AI voice agent. Field list taken from the documented curl example; the per-field docs
            were not visible, so the required list is inferred.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreatePbxExtensionConnectorResponse201]
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
    body: PbxExtensionConnectorCreateRequest,
) -> CreatePbxExtensionConnectorResponse201:
    """Create a PBX extension connector

     Links an extension on your own PBX to an AI voice agent through a number bought on the platform. The
    stored passwords are write-only.

    Args:
        body (PbxExtensionConnectorCreateRequest): Payload for registering a PBX extension against
            an AI voice agent. Field list taken from the documented curl example; the per-field docs
            were not visible, so the required list is inferred.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreatePbxExtensionConnectorResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
