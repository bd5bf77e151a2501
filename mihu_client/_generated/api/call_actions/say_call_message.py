from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.call_action_say_request import CallActionSayRequest
from ...models.say_call_message_response_200 import SayCallMessageResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: CallActionSayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/calls/action/{uuid}/say".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CallActionSayRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> SayCallMessageResponse200:
    data = json_document(response)
    response_200: SayCallMessageResponse200
    if data.__class__ is dict:
        response_200 = SayCallMessageResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "say_call_message response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[SayCallMessageResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: ApiClient,
    body: CallActionSayRequest,
) -> Response[SayCallMessageResponse200]:
    """Make the agent say a message in the live call

     Has the agent speak the given text on an ongoing call, optionally ending the call once it has been
    spoken.

    Args:
        uuid (UUID):
        body (CallActionSayRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[SayCallMessageResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: ApiClient,
    body: CallActionSayRequest,
) -> SayCallMessageResponse200:
    """Make the agent say a message in the live call

     Has the agent speak the given text on an ongoing call, optionally ending the call once it has been
    spoken.

    Args:
        uuid (UUID):
        body (CallActionSayRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        SayCallMessageResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
