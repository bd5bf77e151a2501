import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_evaluation_analytics_response_200 import GetEvaluationAnalyticsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_agent_uuid: str | Unset = UNSET
    if not isinstance(agent_uuid, Unset):
        json_agent_uuid = str(agent_uuid)
    params["agent_uuid"] = json_agent_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/evaluations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEvaluationAnalyticsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetEvaluationAnalyticsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetEvaluationAnalyticsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEvaluationAnalyticsResponse200]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        agent_uuid=agent_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
) -> GetEvaluationAnalyticsResponse200 | None:
    """Aggregated evaluation analytics

     Dashboard figures aggregated over evaluation records.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        agent_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEvaluationAnalyticsResponse200
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        agent_uuid=agent_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEvaluationAnalyticsResponse200]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        agent_uuid=agent_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    agent_uuid: UUID | Unset = UNSET,
) -> GetEvaluationAnalyticsResponse200 | None:
    """Aggregated evaluation analytics

     Dashboard figures aggregated over evaluation records.

    Args:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        agent_uuid (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

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
