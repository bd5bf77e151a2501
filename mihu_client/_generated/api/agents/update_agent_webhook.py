from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.agent_webhook_input import AgentWebhookInput
from ...models.update_agent_webhook_response_200 import UpdateAgentWebhookResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    webhook_uuid: UUID,
    *,
    body: AgentWebhookInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/webhooks/{webhook_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            webhook_uuid=uuid_text(webhook_uuid)
            if webhook_uuid.__class__ is UUID
            else path_segment(webhook_uuid, "webhook_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, AgentWebhookInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateAgentWebhookResponse200:
    data = json_document(response)
    response_200: UpdateAgentWebhookResponse200
    if data.__class__ is dict:
        response_200 = UpdateAgentWebhookResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_agent_webhook response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateAgentWebhookResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    webhook_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentWebhookInput,
) -> Response[UpdateAgentWebhookResponse200]:
    """Update a webhook

     Edits one outgoing webhook of the agent: target URL, subscribed event types, signing secret and
    active flag. The secret is accepted but never echoed back.

    Args:
        uuid (UUID):
        webhook_uuid (UUID):
        body (AgentWebhookInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateAgentWebhookResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        webhook_uuid=webhook_uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    webhook_uuid: UUID,
    *,
    client: ApiClient,
    body: AgentWebhookInput,
) -> UpdateAgentWebhookResponse200:
    """Update a webhook

     Edits one outgoing webhook of the agent: target URL, subscribed event types, signing secret and
    active flag. The secret is accepted but never echoed back.

    Args:
        uuid (UUID):
        webhook_uuid (UUID):
        body (AgentWebhookInput):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateAgentWebhookResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            webhook_uuid=webhook_uuid,
            client=client,
            body=body,
        )
    ).parsed
