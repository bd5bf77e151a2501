from typing import Any

import httpx2

from ...client import ApiClient
from ...models.campaign_update_request import CampaignUpdateRequest
from ...models.create_campaign_response_201 import CreateCampaignResponse201
from ...types import Response, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    body: CampaignUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/campaigns",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CampaignUpdateRequest) else body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx2.Response) -> CreateCampaignResponse201:
    data = json_document(response)
    response_201: CreateCampaignResponse201
    if data.__class__ is dict:
        response_201 = CreateCampaignResponse201.from_dict(data)
    else:
        response_201 = mismatch(data, "create_campaign response")

    return response_201


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[CreateCampaignResponse201]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    body: CampaignUpdateRequest,
) -> Response[CreateCampaignResponse201]:
    """Create a campaign

     Creates a campaign in Draft status; attach a rule and pools, then publish it.

    Args:
        body (CampaignUpdateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[CreateCampaignResponse201]
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
    body: CampaignUpdateRequest,
) -> CreateCampaignResponse201:
    """Create a campaign

     Creates a campaign in Draft status; attach a rule and pools, then publish it.

    Args:
        body (CampaignUpdateRequest):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        CreateCampaignResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
