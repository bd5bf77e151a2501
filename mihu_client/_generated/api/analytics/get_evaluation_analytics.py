import datetime
from typing import Any
from uuid import UUID

import httpx2

from ...client import ApiClient
from ...models.get_evaluation_analytics_response_200 import GetEvaluationAnalyticsResponse200
from ...types import UNSET, Response, Unset, json_document, mismatch, parse_with


def _get_kwargs(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat() if isinstance(from_, datetime.datetime) else from_
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat() if isinstance(to, datetime.datetime) else to
    params["to"] = json_to

    json_agent_uuid: str | Unset = UNSET
    if not isinstance(agent_uuid, Unset):
        json_agent_uuid = str(agent_uuid) if isinstance(agent_uuid, UUID) else agent_uuid
    params["agent_uuid"] = json_agent_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/evaluations",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx2.Response) -> GetEvaluationAnalyticsResponse200:
    data = json_document(response)
    response_200: GetEvaluationAnalyticsResponse200
    if data.__class__ is dict:
        response_200 = GetEvaluationAnalyticsResponse200.from_dict(data)
    else:
        response_200 = mismatch(data, "get_evaluation_analytics response")

    return response_200


def _build_response(*, client: ApiClient, response: httpx2.Response) -> Response[GetEvaluationAnalyticsResponse200]:
    return Response(
        response.status_code,
        response.content,
        response.headers,
        parse_with(client.strict, _parse_response, response, getattr(client, "drift", None)),
    )


async def asyncio_detailed(
    *,
    client: ApiClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
) -> Response[GetEvaluationAnalyticsResponse200]:
    """Aggregated evaluation analytics

     Dashboard figures aggregated over evaluation records.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        agent_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        Response[GetEvaluationAnalyticsResponse200]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        agent_uuid=agent_uuid,
    )

    http = client.get_async_httpx_client()
    response = await http.send(http.build_request(**kwargs))  # what `http.request(**kwargs)` does, one frame less

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ApiClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
) -> GetEvaluationAnalyticsResponse200:
    """Aggregated evaluation analytics

     Dashboard figures aggregated over evaluation records.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        agent_uuid (UUID | Unset):

    Raises:
        mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
        mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

    Returns:
        GetEvaluationAnalyticsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            agent_uuid=agent_uuid,
        )
    ).parsed
