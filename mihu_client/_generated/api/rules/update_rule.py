from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.rule_update_request import RuleUpdateRequest
from ...models.update_rule_response_200 import UpdateRuleResponse200
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: RuleUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/rules/{uuid}".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, RuleUpdateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> UpdateRuleResponse200:
    data = json_document(response)
    response_200: UpdateRuleResponse200
    if data.__class__ is dict:
        response_200 = UpdateRuleResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "update_rule response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[UpdateRuleResponse200]:
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
    body: RuleUpdateRequest,
) -> Response[UpdateRuleResponse200]:
    """Update an existing rule

     Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
    tasks already scheduled on running campaigns keep their old settings.

    Args:
        uuid (UUID):
        body (RuleUpdateRequest): Partial update; only the keys sent are changed.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[UpdateRuleResponse200]
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
    body: RuleUpdateRequest,
) -> UpdateRuleResponse200:
    """Update an existing rule

     Changes only the supplied fields of a rule. Switching to the text type clears call-only fields, and
    tasks already scheduled on running campaigns keep their old settings.

    Args:
        uuid (UUID):
        body (RuleUpdateRequest): Partial update; only the keys sent are changed.

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        UpdateRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
