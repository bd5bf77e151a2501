from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.assign_campaign_rule_response_200 import AssignCampaignRuleResponse200
from ...models.campaign_rule_assign_request import CampaignRuleAssignRequest
from ...types import Response, json_document, mismatch, parse_with, path_segment, uuid_text


def _get_kwargs(
    uuid: UUID,
    *,
    body: CampaignRuleAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/campaigns/{uuid}/rule".format(
            uuid=uuid_text(uuid) if uuid.__class__ is UUID else path_segment(uuid, "uuid"),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CampaignRuleAssignRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> AssignCampaignRuleResponse200:
    data = json_document(response)
    response_200: AssignCampaignRuleResponse200
    if data.__class__ is dict:
        response_200 = AssignCampaignRuleResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "assign_campaign_rule response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AssignCampaignRuleResponse200]:
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
    body: CampaignRuleAssignRequest,
) -> Response[AssignCampaignRuleResponse200]:
    """Assign or replace the rule attached to a campaign

     Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
    attached rule.

    Args:
        uuid (UUID):
        body (CampaignRuleAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AssignCampaignRuleResponse200]
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
    body: CampaignRuleAssignRequest,
) -> AssignCampaignRuleResponse200:
    """Assign or replace the rule attached to a campaign

     Links a contact rule to a campaign, replacing any rule it had, and returns a snapshot of the
    attached rule.

    Args:
        uuid (UUID):
        body (CampaignRuleAssignRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AssignCampaignRuleResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
