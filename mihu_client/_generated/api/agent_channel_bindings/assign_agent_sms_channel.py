from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.assign_agent_sms_channel_body import AssignAgentSmsChannelBody
from ...models.assign_agent_sms_channel_response_200 import AssignAgentSmsChannelResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: AssignAgentSmsChannelBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/channels/sms".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict() if isinstance(body, AssignAgentSmsChannelBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AssignAgentSmsChannelResponse200:
    data = json_document(response)
    response_200: AssignAgentSmsChannelResponse200
    if data.__class__ is dict:
        response_200 = AssignAgentSmsChannelResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "assign_agent_sms_channel response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AssignAgentSmsChannelResponse200]:
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
    body: AssignAgentSmsChannelBody | Unset = UNSET,
) -> Response[AssignAgentSmsChannelResponse200]:
    """Assign an SMS phone number to an agent

     Binds one of the workspace's SMS-capable numbers to the agent for sending and receiving SMS,
    replacing any SMS number the agent had. The request body was not seen: it presumably identifies the
    number (the call-channel counterpart takes phone_number_uuid).

    Args:
        uuid (UUID):
        body (AssignAgentSmsChannelBody | Unset): Not seen; presumably identifies one owned SMS-
            capable number.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AssignAgentSmsChannelResponse200]
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
    body: AssignAgentSmsChannelBody | Unset = UNSET,
) -> AssignAgentSmsChannelResponse200:
    """Assign an SMS phone number to an agent

     Binds one of the workspace's SMS-capable numbers to the agent for sending and receiving SMS,
    replacing any SMS number the agent had. The request body was not seen: it presumably identifies the
    number (the call-channel counterpart takes phone_number_uuid).

    Args:
        uuid (UUID):
        body (AssignAgentSmsChannelBody | Unset): Not seen; presumably identifies one owned SMS-
            capable number.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AssignAgentSmsChannelResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
