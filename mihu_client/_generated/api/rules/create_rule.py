from typing import Any

import httpx2

from ...client import ApiClient
from ...models.create_rule_response_201 import CreateRuleResponse201
from ...models.rule_create_request import RuleCreateRequest
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: RuleCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/rules",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, RuleCreateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateRuleResponse201:
    data = json_document(response)
    response_201: CreateRuleResponse201
    if data.__class__ is dict:
        response_201 = CreateRuleResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_rule response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateRuleResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: RuleCreateRequest,
) -> Response[CreateRuleResponse201]:
    """Create a new campaign contact rule

     Creates a reusable contact rule (call cadence or one-shot text) that can later be attached to
    campaigns. Text rules get single-attempt values and lose call-only settings.

    Args:
        body (RuleCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateRuleResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    body: RuleCreateRequest,
) -> CreateRuleResponse201:
    """Create a new campaign contact rule

     Creates a reusable contact rule (call cadence or one-shot text) that can later be attached to
    campaigns. Text rules get single-attempt values and lose call-only settings.

    Args:
        body (RuleCreateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateRuleResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
