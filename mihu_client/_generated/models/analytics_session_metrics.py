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
        v_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            v_meta = self.meta.to_dict() if isinstance(self.meta, AnalyticsSessionMetricsMeta) else self.meta

        v_totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            v_totals = self.totals.to_dict() if isinstance(self.totals, AnalyticsSessionMetricsTotals) else self.totals

        v_rates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            v_rates = self.rates.to_dict() if isinstance(self.rates, AnalyticsSessionMetricsRates) else self.rates

        v_duration_sec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_sec, Unset):
            v_duration_sec = (
                self.duration_sec.to_dict()
                if isinstance(self.duration_sec, AnalyticsSessionMetricsDurationSec)
                else self.duration_sec
            )

        v_messages_per_session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages_per_session, Unset):
            v_messages_per_session = (
                self.messages_per_session.to_dict()
                if isinstance(self.messages_per_session, AnalyticsSessionMetricsMessagesPerSession)
                else self.messages_per_session
            )

        v_latency_ms: dict[str, Any] | Unset | None
        if isinstance(self.latency_ms, Unset):
            v_latency_ms = UNSET
        elif isinstance(self.latency_ms, AnalyticsSessionMetricsLatencyMsType0):
            v_latency_ms = (
                self.latency_ms.to_dict()
                if isinstance(self.latency_ms, AnalyticsSessionMetricsLatencyMsType0)
                else self.latency_ms
            )
        else:
            v_latency_ms = self.latency_ms

        v_previous: dict[str, Any] | Unset | None
        if isinstance(self.previous, Unset):
            v_previous = UNSET
        elif isinstance(self.previous, AnalyticsSessionMetricsPreviousType0):
            v_previous = (
                self.previous.to_dict()
                if isinstance(self.previous, AnalyticsSessionMetricsPreviousType0)
                else self.previous
            )
        else:
            v_previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_meta is not UNSET:
            field_dict["meta"] = v_meta
        if v_totals is not UNSET:
            field_dict["totals"] = v_totals
        if v_rates is not UNSET:
            field_dict["rates"] = v_rates
        if v_duration_sec is not UNSET:
            field_dict["duration_sec"] = v_duration_sec
        if v_messages_per_session is not UNSET:
            field_dict["messages_per_session"] = v_messages_per_session
        if v_latency_ms is not UNSET:
            field_dict["latency_ms"] = v_latency_ms
        if v_previous is not UNSET:
            field_dict["previous"] = v_previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_meta = d.get("meta", UNSET)
        if v_meta.__class__ is dict:
            v_meta = _from_dict_AnalyticsSessionMetricsMeta(v_meta)
        elif v_meta is None:
            v_meta = unexpected_null("AnalyticsSessionMetrics.meta")
        elif v_meta is not UNSET and v_meta is not None:
            v_meta = mismatch(v_meta, "AnalyticsSessionMetrics.meta")

        v_totals = d.get("totals", UNSET)
        if v_totals.__class__ is dict:
            v_totals = _from_dict_AnalyticsSessionMetricsTotals(v_totals)
        elif v_totals is None:
            v_totals = unexpected_null("AnalyticsSessionMetrics.totals")
        elif v_totals is not UNSET and v_totals is not None:
            v_totals = mismatch(v_totals, "AnalyticsSessionMetrics.totals")

        v_rates = d.get("rates", UNSET)
        if v_rates.__class__ is dict:
            v_rates = _from_dict_AnalyticsSessionMetricsRates(v_rates)
        elif v_rates is None:
            v_rates = unexpected_null("AnalyticsSessionMetrics.rates")
        elif v_rates is not UNSET and v_rates is not None:
            v_rates = mismatch(v_rates, "AnalyticsSessionMetrics.rates")

        v_duration_sec = d.get("duration_sec", UNSET)
        if v_duration_sec.__class__ is dict:
            v_duration_sec = _from_dict_AnalyticsSessionMetricsDurationSec(v_duration_sec)
        elif v_duration_sec is None:
            v_duration_sec = unexpected_null("AnalyticsSessionMetrics.duration_sec")
        elif v_duration_sec is not UNSET and v_duration_sec is not None:
            v_duration_sec = mismatch(v_duration_sec, "AnalyticsSessionMetrics.duration_sec")

        v_messages_per_session = d.get("messages_per_session", UNSET)
        if v_messages_per_session.__class__ is dict:
            v_messages_per_session = _from_dict_AnalyticsSessionMetricsMessagesPerSession(v_messages_per_session)
        elif v_messages_per_session is None:
            v_messages_per_session = unexpected_null("AnalyticsSessionMetrics.messages_per_session")
        elif v_messages_per_session is not UNSET and v_messages_per_session is not None:
            v_messages_per_session = mismatch(v_messages_per_session, "AnalyticsSessionMetrics.messages_per_session")

        v_latency_ms = d.get("latency_ms", UNSET)
        if v_latency_ms.__class__ is dict:
            v_latency_ms = _from_dict_AnalyticsSessionMetricsLatencyMsType0(v_latency_ms)
        elif v_latency_ms is not UNSET and v_latency_ms is not None:
            v_latency_ms = mismatch(v_latency_ms, "AnalyticsSessionMetrics.latency_ms")

        v_previous = d.get("previous", UNSET)
        if v_previous.__class__ is dict:
            v_previous = _from_dict_AnalyticsSessionMetricsPreviousType0(v_previous)
        elif v_previous is not UNSET and v_previous is not None:
            v_previous = mismatch(v_previous, "AnalyticsSessionMetrics.previous")

        _instance = new_instance(cls)
        _instance.meta = v_meta
        _instance.totals = v_totals
        _instance.rates = v_rates
        _instance.duration_sec = v_duration_sec
        _instance.messages_per_session = v_messages_per_session
        _instance.latency_ms = v_latency_ms
        _instance.previous = v_previous
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AnalyticsSessionMetrics")
        )
        return _instance

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


_FIELD_NAMES: frozenset[str] = frozenset(
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
