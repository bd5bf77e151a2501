from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_session_metrics_duration_sec import AnalyticsSessionMetricsDurationSec
    from ..models.analytics_session_metrics_latency_ms_type_0 import AnalyticsSessionMetricsLatencyMsType0
    from ..models.analytics_session_metrics_messages_per_session import AnalyticsSessionMetricsMessagesPerSession
    from ..models.analytics_session_metrics_meta import AnalyticsSessionMetricsMeta
    from ..models.analytics_session_metrics_previous_type_0 import AnalyticsSessionMetricsPreviousType0
    from ..models.analytics_session_metrics_rates import AnalyticsSessionMetricsRates
    from ..models.analytics_session_metrics_totals import AnalyticsSessionMetricsTotals


T = TypeVar("T", bound="AnalyticsSessionMetrics")


@_attrs_define
class AnalyticsSessionMetrics:
    """Aggregated conversation-session metrics across channels for the requested window."""

    meta: AnalyticsSessionMetricsMeta | Unset = UNSET
    totals: AnalyticsSessionMetricsTotals | Unset = UNSET
    rates: AnalyticsSessionMetricsRates | Unset = UNSET
    duration_sec: AnalyticsSessionMetricsDurationSec | Unset = UNSET
    messages_per_session: AnalyticsSessionMetricsMessagesPerSession | Unset = UNSET
    latency_ms: AnalyticsSessionMetricsLatencyMsType0 | Unset | None = UNSET
    """ p50/p95 latency in milliseconds; null when there are no voice records. """
    previous: AnalyticsSessionMetricsPreviousType0 | Unset | None = UNSET
    """ Same metrics for the preceding window of equal length (when compare_prev=true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_session_metrics_latency_ms_type_0 import AnalyticsSessionMetricsLatencyMsType0
        from ..models.analytics_session_metrics_previous_type_0 import AnalyticsSessionMetricsPreviousType0

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict()

        duration_sec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_sec, Unset):
            duration_sec = self.duration_sec.to_dict()

        messages_per_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages_per_session, Unset):
            messages_per_session = self.messages_per_session.to_dict()

        latency_ms: dict[str, Any] | Unset | None
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        elif isinstance(self.latency_ms, AnalyticsSessionMetricsLatencyMsType0):
            latency_ms = self.latency_ms.to_dict()
        else:
            latency_ms = self.latency_ms

        previous: dict[str, Any] | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, AnalyticsSessionMetricsPreviousType0):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if totals is not UNSET:
            field_dict["totals"] = totals
        if rates is not UNSET:
            field_dict["rates"] = rates
        if duration_sec is not UNSET:
            field_dict["duration_sec"] = duration_sec
        if messages_per_session is not UNSET:
            field_dict["messages_per_session"] = messages_per_session
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_session_metrics_duration_sec import AnalyticsSessionMetricsDurationSec
        from ..models.analytics_session_metrics_latency_ms_type_0 import AnalyticsSessionMetricsLatencyMsType0
        from ..models.analytics_session_metrics_messages_per_session import AnalyticsSessionMetricsMessagesPerSession
        from ..models.analytics_session_metrics_meta import AnalyticsSessionMetricsMeta
        from ..models.analytics_session_metrics_previous_type_0 import AnalyticsSessionMetricsPreviousType0
        from ..models.analytics_session_metrics_rates import AnalyticsSessionMetricsRates
        from ..models.analytics_session_metrics_totals import AnalyticsSessionMetricsTotals

        d = dict(src_dict)
        _meta = d.pop("meta", UNSET)
        meta: AnalyticsSessionMetricsMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AnalyticsSessionMetricsMeta.from_dict(_meta)

        _totals = d.pop("totals", UNSET)
        totals: AnalyticsSessionMetricsTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = AnalyticsSessionMetricsTotals.from_dict(_totals)

        _rates = d.pop("rates", UNSET)
        rates: AnalyticsSessionMetricsRates | Unset
        if isinstance(_rates, Unset):
            rates = UNSET
        else:
            rates = AnalyticsSessionMetricsRates.from_dict(_rates)

        _duration_sec = d.pop("duration_sec", UNSET)
        duration_sec: AnalyticsSessionMetricsDurationSec | Unset
        if isinstance(_duration_sec, Unset):
            duration_sec = UNSET
        else:
            duration_sec = AnalyticsSessionMetricsDurationSec.from_dict(_duration_sec)

        _messages_per_session = d.pop("messages_per_session", UNSET)
        messages_per_session: AnalyticsSessionMetricsMessagesPerSession | Unset
        if isinstance(_messages_per_session, Unset):
            messages_per_session = UNSET
        else:
            messages_per_session = AnalyticsSessionMetricsMessagesPerSession.from_dict(_messages_per_session)

        def _parse_latency_ms(data: object) -> AnalyticsSessionMetricsLatencyMsType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latency_ms_type_0 = AnalyticsSessionMetricsLatencyMsType0.from_dict(data)

                return latency_ms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsSessionMetricsLatencyMsType0 | None | Unset, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms", UNSET))

        def _parse_previous(data: object) -> AnalyticsSessionMetricsPreviousType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_0 = AnalyticsSessionMetricsPreviousType0.from_dict(data)

                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsSessionMetricsPreviousType0 | None | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        analytics_session_metrics = cls(
            meta=meta,
            totals=totals,
            rates=rates,
            duration_sec=duration_sec,
            messages_per_session=messages_per_session,
            latency_ms=latency_ms,
            previous=previous,
        )

        analytics_session_metrics.additional_properties = d
        return analytics_session_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
