from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.update_guard_rule_response_200 import UpdateGuardRuleResponse200
from ...models.voice_ivr_guard_rule_input import VoiceIvrGuardRuleInput
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    body: VoiceIvrGuardRuleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/agents/{uuid}/guard-rules/{rule_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            rule_uuid=uuid_text(rule_uuid) if rule_uuid.__class__ is UUID else path_segment(rule_uuid, "rule_uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, VoiceIvrGuardRuleInput) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateGuardRuleResponse200:
    data = json_document(response)
    response_200: UpdateGuardRuleResponse200
    if data.__class__ is dict:
        response_200 = UpdateGuardRuleResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_guard_rule response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateGuardRuleResponse200]:
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
    body: VoiceIvrGuardRuleInput,
) -> Response[UpdateGuardRuleResponse200]:
    """Partially update ONE guard rule

     Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
    then_action, make sure the matching destination or closing-message fields are present.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrGuardRuleInput): Writable fields of a situation-driven guard rule (all
            optional; used for partial updates).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateGuardRuleResponse200]
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
    body: VoiceIvrGuardRuleInput,
) -> UpdateGuardRuleResponse200:
    """Partially update ONE guard rule

     Applies a partial change to one guard rule, e.g. disabling it or adding a channel. When switching
    then_action, make sure the matching destination or closing-message fields are present.

    Args:
        uuid (UUID):
        rule_uuid (UUID):
        body (VoiceIvrGuardRuleInput): Writable fields of a situation-driven guard rule (all
            optional; used for partial updates).

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateGuardRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            rule_uuid=rule_uuid,
            client=client,
            body=body,
        )
    ).parsed
