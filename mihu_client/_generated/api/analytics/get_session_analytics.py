import datetime
from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.analytics_session_metrics import AnalyticsSessionMetrics
from ...models.get_session_analytics_granularity import GetSessionAnalyticsGranularity
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    from_: datetime.datetime,
    to: datetime.datetime,
    compare_prev: bool | Unset = False,
    granularity: GetSessionAnalyticsGranularity | Unset = GetSessionAnalyticsGranularity.TOTAL,
    channel: str | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat() if isinstance(from_, datetime.datetime) else from_
    params["from"] = json_from_

    json_to = to.isoformat() if isinstance(to, datetime.datetime) else to
    params["to"] = json_to

    params["compare_prev"] = compare_prev

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = getattr(granularity, "value", granularity)

    params["granularity"] = json_granularity

    params["channel"] = channel

    json_agent_uuid: str | Unset = UNSET
    if not isinstance(agent_uuid, Unset):
        json_agent_uuid = str(agent_uuid) if isinstance(agent_uuid, UUID) else agent_uuid
    params["agent_uuid"] = json_agent_uuid

    json_campaign_uuid: str | Unset = UNSET
    if not isinstance(campaign_uuid, Unset):
        json_campaign_uuid = str(campaign_uuid) if isinstance(campaign_uuid, UUID) else campaign_uuid
    params["campaign_uuid"] = json_campaign_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> AnalyticsSessionMetrics:
    data = json_document(response)
    response_200: AnalyticsSessionMetrics
    if data.__class__ is dict:
        response_200 = AnalyticsSessionMetrics.from_dict(data)
    else:
        response_200 = mismatch(data, "get_session_analytics response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[AnalyticsSessionMetrics]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    compare_prev: bool | Unset = False,
    granularity: GetSessionAnalyticsGranularity | Unset = GetSessionAnalyticsGranularity.TOTAL,
    channel: str | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
) -> Response[AnalyticsSessionMetrics]:
    """Cross-channel conversation-session metrics

     Computes session totals, rates, durations, messages per session and voice latency percentiles across
    channels for a time window. The response is a bare object without the success/data envelope.

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        compare_prev (bool | Unset):  Default: False.
        granularity (GetSessionAnalyticsGranularity | Unset):  Default:
            GetSessionAnalyticsGranularity.TOTAL.
        channel (str | Unset):
        agent_uuid (UUID | Unset):
        campaign_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[AnalyticsSessionMetrics]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        compare_prev=compare_prev,
        granularity=granularity,
        channel=channel,
        agent_uuid=agent_uuid,
        campaign_uuid=campaign_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    from_: datetime.datetime,
    to: datetime.datetime,
    compare_prev: bool | Unset = False,
    granularity: GetSessionAnalyticsGranularity | Unset = GetSessionAnalyticsGranularity.TOTAL,
    channel: str | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
    campaign_uuid: UUID | Unset = UNSET,
) -> AnalyticsSessionMetrics:
    """Cross-channel conversation-session metrics

     Computes session totals, rates, durations, messages per session and voice latency percentiles across
    channels for a time window. The response is a bare object without the success/data envelope.

    Args:
        from_ (datetime.datetime):
        to (datetime.datetime):
        compare_prev (bool | Unset):  Default: False.
        granularity (GetSessionAnalyticsGranularity | Unset):  Default:
            GetSessionAnalyticsGranularity.TOTAL.
        channel (str | Unset):
        agent_uuid (UUID | Unset):
        campaign_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        AnalyticsSessionMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            compare_prev=compare_prev,
            granularity=granularity,
            channel=channel,
            agent_uuid=agent_uuid,
            campaign_uuid=campaign_uuid,
        )
    ).parsed
