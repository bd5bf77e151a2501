from typing import Any

import httpx2

from ...client import ApiClient
from ...models.send_sms_response_200 import SendSmsResponse200
from ...models.sms_send_request import SmsSendRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: SmsSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sms/send",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, SmsSendRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> SendSmsResponse200:
    data = json_document(response)
    response_200: SendSmsResponse200
    if data.__class__ is dict:
        response_200 = SendSmsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "send_sms response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[SendSmsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: SmsSendRequest,
) -> Response[SendSmsResponse200]:
    """Send an SMS message

     Sends a text message to a phone number through the SMS channel configured on the given agent.

    Args:
        body (SmsSendRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[SendSmsResponse200]
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
    body: SmsSendRequest,
) -> SendSmsResponse200:
    """Send an SMS message

     Sends a text message to a phone number through the SMS channel configured on the given agent.

    Args:
        body (SmsSendRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        SendSmsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
