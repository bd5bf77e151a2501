from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.delete_guard_rule_response_200 import DeleteGuardRuleResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    rule_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/agents/{uuid}/guard-rules/{rule_uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
            rule_uuid=uuid_text(rule_uuid) if rule_uuid.__class__ is UUID else path_segment(rule_uuid, "rule_uuid"),
        ),
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> DeleteGuardRuleResponse200:
    data = json_document(response)
    response_200: DeleteGuardRuleResponse200
    if data.__class__ is dict:
        response_200 = DeleteGuardRuleResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "delete_guard_rule response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[DeleteGuardRuleResponse200]:
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
) -> Response[DeleteGuardRuleResponse200]:
    """Delete ONE guard rule (other rules untouched)

     Permanently removes one guard rule from the agent and returns the agent. (Inferred: page not stored;
    the tag description documents DELETE on /guard-rules/{ruleUuid}.)

    Args:
        uuid (UUID):
        rule_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[DeleteGuardRuleResponse200]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        rule_uuid=rule_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    rule_uuid: UUID,
    *,
    client: ApiClient,
) -> DeleteGuardRuleResponse200:
    """Delete ONE guard rule (other rules untouched)

     Permanently removes one guard rule from the agent and returns the agent. (Inferred: page not stored;
    the tag description documents DELETE on /guard-rules/{ruleUuid}.)

    Args:
        uuid (UUID):
        rule_uuid (UUID):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        DeleteGuardRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            rule_uuid=rule_uuid,
            client=client,
        )
    ).parsed
