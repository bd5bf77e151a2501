from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.provision_agent_call_channel_body import ProvisionAgentCallChannelBody
from ...models.provision_agent_call_channel_response_200 import ProvisionAgentCallChannelResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: ProvisionAgentCallChannelBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/channels/call/provision".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, ProvisionAgentCallChannelBody) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> ProvisionAgentCallChannelResponse200:
    data = json_document(response)
    response_200: ProvisionAgentCallChannelResponse200
    if data.__class__ is dict:
        response_200 = ProvisionAgentCallChannelResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "provision_agent_call_channel response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[ProvisionAgentCallChannelResponse200]:
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
    body: ProvisionAgentCallChannelBody,
) -> Response[ProvisionAgentCallChannelResponse200]:
    """Provision call channel for an agent

     Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
    agent together with the provisioning result.

    Args:
        uuid (UUID):
        body (ProvisionAgentCallChannelBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[ProvisionAgentCallChannelResponse200]
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
    body: ProvisionAgentCallChannelBody,
) -> ProvisionAgentCallChannelResponse200:
    """Provision call channel for an agent

     Sets up the voice-call channel of an agent on one of the workspace's phone numbers and returns the
    agent together with the provisioning result.

    Args:
        uuid (UUID):
        body (ProvisionAgentCallChannelBody):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        ProvisionAgentCallChannelResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
