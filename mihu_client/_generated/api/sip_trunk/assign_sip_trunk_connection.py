from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.assign_sip_trunk_connection_response_200 import AssignSipTrunkConnectionResponse200
from ...models.sip_trunk_assign_request import SipTrunkAssignRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: SipTrunkAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/channels/call/sip-trunk".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, SipTrunkAssignRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AssignSipTrunkConnectionResponse200:
    data = json_document(response)
    response_200: AssignSipTrunkConnectionResponse200
    if data.__class__ is dict:
        response_200 = AssignSipTrunkConnectionResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "assign_sip_trunk_connection response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AssignSipTrunkConnectionResponse200]:
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
    body: SipTrunkAssignRequest,
) -> Response[AssignSipTrunkConnectionResponse200]:
    """Assign a SIP trunk connection to an agent for calls

     Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
    number that another agent already uses; inbound calls go to the latest assignee.

    Args:
        uuid (UUID):
        body (SipTrunkAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AssignSipTrunkConnectionResponse200]
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
    body: SipTrunkAssignRequest,
) -> AssignSipTrunkConnectionResponse200:
    """Assign a SIP trunk connection to an agent for calls

     Makes an agent place and receive calls through a saved SIP trunk connection. Set force to share a
    number that another agent already uses; inbound calls go to the latest assignee.

    Args:
        uuid (UUID):
        body (SipTrunkAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AssignSipTrunkConnectionResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
