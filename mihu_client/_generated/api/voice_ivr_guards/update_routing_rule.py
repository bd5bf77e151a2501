from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.update_routing_rule_response_200 import UpdateRoutingRuleResponse200
from ...models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    body: VoiceIvrRoutingRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/routing-rules/{rule_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            rule_uuid=uuid_text(rule_uuid) if rule_uuid.__class__ is UUID else path_segment(rule_uuid, "rule_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, VoiceIvrRoutingRuleInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateRoutingRuleResponse200:
    data = json_document(response)
    response_200: UpdateRoutingRuleResponse200
    if data.__class__ is dict:
        response_200 = UpdateRoutingRuleResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_routing_rule response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateRoutingRuleResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: ApiClient,
    body: VoiceIvrRoutingRuleInput,
) -> Response[UpdateRoutingRuleResponse200]:
    """Partially update ONE routing rule

     Changes only the keys present in the body for one routing rule (for example toggling is_active or
    moving its priority); other rules are left alone. Returns the updated agent.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateRoutingRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        rule_uuid=rule_uuid,
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: ApiClient,
    body: VoiceIvrRoutingRuleInput,
) -> UpdateRoutingRuleResponse200:
    """Partially update ONE routing rule

     Changes only the keys present in the body for one routing rule (for example toggling is_active or
    moving its priority); other rules are left alone. Returns the updated agent.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrRoutingRuleInput): Writable fields of an intent-driven (IVR-replacement)
            routing rule. All fields optional for partial updates. Extra keys allowed because the page
            excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
            field exists but its name was not visible).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateRoutingRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            rule_uuid=rule_uuid,
            client=client,
            body=body,
        )
    ).parsed
