from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.call_action_hangup_request import CallActionHangupRequest
from ...models.hangup_call_response_200 import HangupCallResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: CallActionHangupRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/calls/action/{uuid}/hangup".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict() if isinstance(body, CallActionHangupRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> HangupCallResponse200:
    data = json_document(response)
    response_200: HangupCallResponse200
    if data.__class__ is dict:
        response_200 = HangupCallResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "hangup_call response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[HangupCallResponse200]:
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
    body: CallActionHangupRequest | Unset = UNSET,
) -> Response[HangupCallResponse200]:
    """Hang up the live call (the agent speaks a goodbye message, then ends)

     Ends an ongoing call after the agent says a closing line, either the one supplied or the agent's
    default.

    Args:
        uuid (UUID):
        body (CallActionHangupRequest | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[HangupCallResponse200]
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
    body: CallActionHangupRequest | Unset = UNSET,
) -> HangupCallResponse200:
    """Hang up the live call (the agent speaks a goodbye message, then ends)

     Ends an ongoing call after the agent says a closing line, either the one supplied or the agent's
    default.

    Args:
        uuid (UUID):
        body (CallActionHangupRequest | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        HangupCallResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
