from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_sip_trunk_connection_response_201 import CreateSipTrunkConnectionResponse201
from ...models.sip_trunk_connection_create_request import SipTrunkConnectionCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: SipTrunkConnectionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/channels/sip-trunk/connections",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, SipTrunkConnectionCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateSipTrunkConnectionResponse201:
    data = json_document(response)
    response_201: CreateSipTrunkConnectionResponse201
    if data.__class__ is dict:
        response_201 = CreateSipTrunkConnectionResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_sip_trunk_connection response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateSipTrunkConnectionResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: SipTrunkConnectionCreateRequest,
) -> Response[CreateSipTrunkConnectionResponse201]:
    """Add a new SIP trunk connection

     Saves the gateway and credentials of a SIP trunk from your own provider so it can later be attached
    to an agent. Credentials are never echoed back.

    Args:
        body (SipTrunkConnectionCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateSipTrunkConnectionResponse201]
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
    body: SipTrunkConnectionCreateRequest,
) -> CreateSipTrunkConnectionResponse201:
    """Add a new SIP trunk connection

     Saves the gateway and credentials of a SIP trunk from your own provider so it can later be attached
    to an agent. Credentials are never echoed back.

    Args:
        body (SipTrunkConnectionCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateSipTrunkConnectionResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
