from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

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
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict() if hasattr(self.meta, "to_dict") else self.meta

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict() if hasattr(self.totals, "to_dict") else self.totals

        rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = self.rates.to_dict() if hasattr(self.rates, "to_dict") else self.rates

        duration_sec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_sec, Unset):
            duration_sec = self.duration_sec.to_dict() if hasattr(self.duration_sec, "to_dict") else self.duration_sec

        messages_per_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages_per_session, Unset):
            messages_per_session = (
                self.messages_per_session.to_dict()
                if hasattr(self.messages_per_session, "to_dict")
                else self.messages_per_session
            )

        latency_ms: dict[str, Any] | Unset | None
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        elif isinstance(self.latency_ms, AnalyticsSessionMetricsLatencyMsType0):
            latency_ms = self.latency_ms.to_dict() if hasattr(self.latency_ms, "to_dict") else self.latency_ms
        else:
            latency_ms = self.latency_ms

        previous: dict[str, Any] | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, AnalyticsSessionMetricsPreviousType0):
            previous = self.previous.to_dict() if hasattr(self.previous, "to_dict") else self.previous
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        meta = d.get("meta", UNSET)
        if meta.__class__ is dict:
            meta = _from_dict_AnalyticsSessionMetricsMeta(meta)
        elif meta is None:
            meta = unexpected_null("AnalyticsSessionMetrics.meta")
        elif meta is not UNSET and meta is not None:
            meta = mismatch(meta, "AnalyticsSessionMetrics.meta")

        totals = d.get("totals", UNSET)
        if totals.__class__ is dict:
            totals = _from_dict_AnalyticsSessionMetricsTotals(totals)
        elif totals is None:
            totals = unexpected_null("AnalyticsSessionMetrics.totals")
        elif totals is not UNSET and totals is not None:
            totals = mismatch(totals, "AnalyticsSessionMetrics.totals")

        rates = d.get("rates", UNSET)
        if rates.__class__ is dict:
            rates = _from_dict_AnalyticsSessionMetricsRates(rates)
        elif rates is None:
            rates = unexpected_null("AnalyticsSessionMetrics.rates")
        elif rates is not UNSET and rates is not None:
            rates = mismatch(rates, "AnalyticsSessionMetrics.rates")

        duration_sec = d.get("duration_sec", UNSET)
        if duration_sec.__class__ is dict:
            duration_sec = _from_dict_AnalyticsSessionMetricsDurationSec(duration_sec)
        elif duration_sec is None:
            duration_sec = unexpected_null("AnalyticsSessionMetrics.duration_sec")
        elif duration_sec is not UNSET and duration_sec is not None:
            duration_sec = mismatch(duration_sec, "AnalyticsSessionMetrics.duration_sec")

        messages_per_session = d.get("messages_per_session", UNSET)
        if messages_per_session.__class__ is dict:
            messages_per_session = _from_dict_AnalyticsSessionMetricsMessagesPerSession(messages_per_session)
        elif messages_per_session is None:
            messages_per_session = unexpected_null("AnalyticsSessionMetrics.messages_per_session")
        elif messages_per_session is not UNSET and messages_per_session is not None:
            messages_per_session = mismatch(messages_per_session, "AnalyticsSessionMetrics.messages_per_session")

        latency_ms = d.get("latency_ms", UNSET)
        if latency_ms.__class__ is dict:
            latency_ms = _from_dict_AnalyticsSessionMetricsLatencyMsType0(latency_ms)
        elif latency_ms is not UNSET and latency_ms is not None:
            latency_ms = mismatch(latency_ms, "AnalyticsSessionMetrics.latency_ms")

        previous = d.get("previous", UNSET)
        if previous.__class__ is dict:
            previous = _from_dict_AnalyticsSessionMetricsPreviousType0(previous)
        elif previous is not UNSET and previous is not None:
            previous = mismatch(previous, "AnalyticsSessionMetrics.previous")

        analytics_session_metrics = new_instance(cls)
        analytics_session_metrics.meta = meta
        analytics_session_metrics.totals = totals
        analytics_session_metrics.rates = rates
        analytics_session_metrics.duration_sec = duration_sec
        analytics_session_metrics.messages_per_session = messages_per_session
        analytics_session_metrics.latency_ms = latency_ms
        analytics_session_metrics.previous = previous
        analytics_session_metrics.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AnalyticsSessionMetrics")
        )
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


_FIELD_NAMES = frozenset(
    (
        "meta",
        "totals",
        "rates",
        "duration_sec",
        "messages_per_session",
        "latency_ms",
        "previous",
    )
)

from ..models.analytics_session_metrics_duration_sec import AnalyticsSessionMetricsDurationSec
from ..models.analytics_session_metrics_latency_ms_type_0 import AnalyticsSessionMetricsLatencyMsType0
from ..models.analytics_session_metrics_messages_per_session import AnalyticsSessionMetricsMessagesPerSession
from ..models.analytics_session_metrics_meta import AnalyticsSessionMetricsMeta
from ..models.analytics_session_metrics_previous_type_0 import AnalyticsSessionMetricsPreviousType0
from ..models.analytics_session_metrics_rates import AnalyticsSessionMetricsRates
from ..models.analytics_session_metrics_totals import AnalyticsSessionMetricsTotals

_from_dict_AnalyticsSessionMetricsMeta = AnalyticsSessionMetricsMeta.from_dict

_from_dict_AnalyticsSessionMetricsTotals = AnalyticsSessionMetricsTotals.from_dict

_from_dict_AnalyticsSessionMetricsRates = AnalyticsSessionMetricsRates.from_dict

_from_dict_AnalyticsSessionMetricsDurationSec = AnalyticsSessionMetricsDurationSec.from_dict

_from_dict_AnalyticsSessionMetricsMessagesPerSession = AnalyticsSessionMetricsMessagesPerSession.from_dict

_from_dict_AnalyticsSessionMetricsLatencyMsType0 = AnalyticsSessionMetricsLatencyMsType0.from_dict


_from_dict_AnalyticsSessionMetricsPreviousType0 = AnalyticsSessionMetricsPreviousType0.from_dict
