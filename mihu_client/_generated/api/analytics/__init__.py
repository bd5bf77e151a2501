"""`mihu.analytics`: the `analytics` operations as methods of `Analytics`, generated from the spec.

Method names follow the rule in `mihu_client._generated.api`: operationId minus the tag's words.
    get_call <- GET /api/v1/analytics/calls
    get_evaluation <- GET /api/v1/analytics/evaluations
    get_session <- GET /api/v1/analytics/sessions
"""

from __future__ import annotations

from functools import cached_property
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from ...._resource import LazyOperation, Resource
from ...._response import raw_response_wrapper
from ...types import UNSET

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from ...._resource import RequestOptions
    from ...models.analytics_call_metrics import AnalyticsCallMetrics
    from ...models.analytics_session_metrics import AnalyticsSessionMetrics
    from ...models.get_call_analytics_granularity import GetCallAnalyticsGranularity
    from ...models.get_evaluation_analytics_response_200 import GetEvaluationAnalyticsResponse200
    from ...models.get_session_analytics_granularity import GetSessionAnalyticsGranularity
    from ...types import Unset
if TYPE_CHECKING:
    from . import (
        get_call_analytics,
        get_evaluation_analytics,
        get_session_analytics,
    )
if TYPE_CHECKING:
    from .get_call_analytics import asyncio_detailed as _call_get_call_analytics
else:
    _call_get_call_analytics = LazyOperation(__name__, "get_call_analytics", "_call_get_call_analytics")
if TYPE_CHECKING:
    from .get_evaluation_analytics import asyncio_detailed as _call_get_evaluation_analytics
else:
    _call_get_evaluation_analytics = LazyOperation(
        __name__, "get_evaluation_analytics", "_call_get_evaluation_analytics"
    )
if TYPE_CHECKING:
    from .get_session_analytics import asyncio_detailed as _call_get_session_analytics
else:
    _call_get_session_analytics = LazyOperation(__name__, "get_session_analytics", "_call_get_session_analytics")

_OPERATION_MODULES = frozenset(
    (
        "get_call_analytics",
        "get_evaluation_analytics",
        "get_session_analytics",
    )
)

__all__ = [
    "Analytics",
    "AnalyticsWithRawResponse",
    "get_call_analytics",
    "get_evaluation_analytics",
    "get_session_analytics",
]


def __getattr__(name: str) -> ModuleType:
    """`mihu_client.api.analytics.<operation>`: operation modules load on first access."""
    if name in _OPERATION_MODULES:
        return import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class Analytics(Resource):
    """The `analytics` operations; reached as `mihu.analytics` on a `MihuClient`.

    Each method makes one request and returns the parsed 2xx body; errors raise
    (`mihu_client.APIStatusError` subclasses, `mihu_client.APIConnectionError`). `with_raw_response`
    has the same methods returning the `RawResponse` (status, headers, JSON) of that one request.
    """

    _operations = {
        "get_call": "get_call_analytics",
        "get_evaluation": "get_evaluation_analytics",
        "get_session": "get_session_analytics",
    }
    """Method name -> the operation module (in this package) it calls."""

    @cached_property
    def with_raw_response(self) -> AnalyticsWithRawResponse:
        """These methods, returning `RawResponse` (status, headers, request id, JSON, parsed model)."""
        return AnalyticsWithRawResponse(self)

    async def get_call(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        compare_prev: bool | Unset = UNSET,
        granularity: GetCallAnalyticsGranularity | Unset = UNSET,
        channel: str | Unset = UNSET,
        agent_uuid: UUID | Unset = UNSET,
        campaign_uuid: UUID | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> AnalyticsCallMetrics:
        """Aggregated call metrics for a time window (authoritative call count)

        Computes call volume, direction, answer/miss/failure and AI-versus-human handling totals plus
        duration, outcome and cost breakdowns for a time window. The response is a bare object without the
        success/data envelope.

        Args:
            from_ (datetime.datetime):
            to (datetime.datetime):
            compare_prev (bool | Unset):  Default: False.
            granularity (GetCallAnalyticsGranularity | Unset):  Default:
                GetCallAnalyticsGranularity.TOTAL.
            channel (str | Unset):
            agent_uuid (UUID | Unset):
            campaign_uuid (UUID | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AnalyticsCallMetrics: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/analytics/calls`, operation `get_call_analytics`.
        """
        return await self._call(
            _call_get_call_analytics,
            options,
            {
                "from_": from_,
                "to": to,
                "compare_prev": compare_prev,
                "granularity": granularity,
                "channel": channel,
                "agent_uuid": agent_uuid,
                "campaign_uuid": campaign_uuid,
            },
        )

    async def get_evaluation(
        self,
        *,
        from_: datetime.datetime | Unset = UNSET,
        to: datetime.datetime | Unset = UNSET,
        agent_uuid: UUID | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> GetEvaluationAnalyticsResponse200:
        """Aggregated evaluation analytics

        Dashboard figures aggregated over evaluation records.

        Args:
            from_ (datetime.datetime | Unset):
            to (datetime.datetime | Unset):
            agent_uuid (UUID | Unset):
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            GetEvaluationAnalyticsResponse200: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/analytics/evaluations`, operation `get_evaluation_analytics`.
        """
        return await self._call(
            _call_get_evaluation_analytics,
            options,
            {
                "from_": from_,
                "to": to,
                "agent_uuid": agent_uuid,
            },
        )

    async def get_session(
        self,
        *,
        from_: datetime.datetime,
        to: datetime.datetime,
        compare_prev: bool | Unset = UNSET,
        granularity: GetSessionAnalyticsGranularity | Unset = UNSET,
        channel: str | Unset = UNSET,
        agent_uuid: UUID | Unset = UNSET,
        campaign_uuid: UUID | Unset = UNSET,
        options: RequestOptions | None = None,
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
            options (RequestOptions | None): Per-call timeout, max_retries, headers…, applied as
                `mihu.with_options(**options)` for this call only.

        Returns:
            AnalyticsSessionMetrics: The parsed response body.

        Raises:
            mihu_client.APIStatusError: For any non-2xx response (a subclass per status, e.g. NotFoundError).
            mihu_client.APIConnectionError: When the server cannot be reached (APITimeoutError on timeouts).

        `GET /api/v1/analytics/sessions`, operation `get_session_analytics`.
        """
        return await self._call(
            _call_get_session_analytics,
            options,
            {
                "from_": from_,
                "to": to,
                "compare_prev": compare_prev,
                "granularity": granularity,
                "channel": channel,
                "agent_uuid": agent_uuid,
                "campaign_uuid": campaign_uuid,
            },
        )


class AnalyticsWithRawResponse:
    """`Analytics` methods returning the `RawResponse` of their single request instead of the model."""

    def __init__(self, resource: Analytics) -> None:
        self.get_call = raw_response_wrapper(resource.get_call)
        self.get_evaluation = raw_response_wrapper(resource.get_evaluation)
        self.get_session = raw_response_wrapper(resource.get_session)
