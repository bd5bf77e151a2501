from typing import Any

import httpx2

from ...client import ApiClient
from ...models.call_initiate_request import CallInitiateRequest
from ...models.initiate_call_response_200 import InitiateCallResponse200
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: CallInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/call",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CallInitiateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> InitiateCallResponse200:
    data = json_document(response)
    response_200: InitiateCallResponse200
    if data.__class__ is dict:
        response_200 = InitiateCallResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "initiate_call response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[InitiateCallResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: CallInitiateRequest,
) -> Response[InitiateCallResponse200]:
    """Initiate a new call

     Starts a real outbound phone call from the given agent to the participant's number. The returned
    conversation_uuid is what the Call Actions endpoints expect.

    Args:
        body (CallInitiateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[InitiateCallResponse200]
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
    body: CallInitiateRequest,
) -> InitiateCallResponse200:
    """Initiate a new call

     Starts a real outbound phone call from the given agent to the participant's number. The returned
    conversation_uuid is what the Call Actions endpoints expect.

    Args:
        body (CallInitiateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        InitiateCallResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
