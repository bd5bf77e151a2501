from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.add_routing_rule_response_201 import AddRoutingRuleResponse201
from ...models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: VoiceIvrRoutingRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agents/{uuid}/routing-rules".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, VoiceIvrRoutingRuleInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AddRoutingRuleResponse201:
    data = json_document(response)
    response_201: AddRoutingRuleResponse201
    if data.__class__ is dict:
        response_201 = AddRoutingRuleResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "add_routing_rule response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AddRoutingRuleResponse201]:
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
    body: VoiceIvrRoutingRuleInput,
) -> Response[AddRoutingRuleResponse201]:
    """Add ONE routing rule (preserves existing rules)

     Appends a single routing rule to the agent without touching the others; a missing priority places it
    last. Responds with the whole agent including the refreshed routing_rules list.

    Args:
        uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AddRoutingRuleResponse201]
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
    body: VoiceIvrRoutingRuleInput,
) -> AddRoutingRuleResponse201:
    """Add ONE routing rule (preserves existing rules)

     Appends a single routing rule to the agent without touching the others; a missing priority places it
    last. Responds with the whole agent including the refreshed routing_rules list.

    Args:
        uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AddRoutingRuleResponse201
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
