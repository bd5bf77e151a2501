from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_call_metrics_buckets import AnalyticsCallMetricsBuckets
    from ..models.analytics_call_metrics_cost import AnalyticsCallMetricsCost
    from ..models.analytics_call_metrics_duration_sec import AnalyticsCallMetricsDurationSec
    from ..models.analytics_call_metrics_meta import AnalyticsCallMetricsMeta
    from ..models.analytics_call_metrics_outcome import AnalyticsCallMetricsOutcome
    from ..models.analytics_call_metrics_previous_type_0 import AnalyticsCallMetricsPreviousType0
    from ..models.analytics_call_totals import AnalyticsCallTotals


T = TypeVar("T", bound="AnalyticsCallMetrics")


@_attrs_define
class AnalyticsCallMetrics:
    """Aggregated call metrics for the requested window."""

    meta: AnalyticsCallMetricsMeta | Unset = UNSET
    totals: AnalyticsCallTotals | Unset = UNSET
    duration_sec: AnalyticsCallMetricsDurationSec | Unset = UNSET
    buckets: AnalyticsCallMetricsBuckets | Unset = UNSET
    outcome: AnalyticsCallMetricsOutcome | Unset = UNSET
    cost: AnalyticsCallMetricsCost | Unset = UNSET
    previous: AnalyticsCallMetricsPreviousType0 | Unset | None = UNSET
    """ Same metrics for the preceding window of equal length (when compare_prev=true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analytics_call_metrics_previous_type_0 import AnalyticsCallMetricsPreviousType0

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        duration_sec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_sec, Unset):
            duration_sec = self.duration_sec.to_dict()

        buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = self.buckets.to_dict()

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.to_dict()

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        previous: dict[str, Any] | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, AnalyticsCallMetricsPreviousType0):
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
        if duration_sec is not UNSET:
            field_dict["duration_sec"] = duration_sec
        if buckets is not UNSET:
            field_dict["buckets"] = buckets
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if cost is not UNSET:
            field_dict["cost"] = cost
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_call_metrics_buckets import AnalyticsCallMetricsBuckets
        from ..models.analytics_call_metrics_cost import AnalyticsCallMetricsCost
        from ..models.analytics_call_metrics_duration_sec import AnalyticsCallMetricsDurationSec
        from ..models.analytics_call_metrics_meta import AnalyticsCallMetricsMeta
        from ..models.analytics_call_metrics_outcome import AnalyticsCallMetricsOutcome
        from ..models.analytics_call_metrics_previous_type_0 import AnalyticsCallMetricsPreviousType0
        from ..models.analytics_call_totals import AnalyticsCallTotals

        d = dict(src_dict)
        _meta = d.pop("meta", UNSET)
        meta: AnalyticsCallMetricsMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = AnalyticsCallMetricsMeta.from_dict(_meta)

        _totals = d.pop("totals", UNSET)
        totals: AnalyticsCallTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = AnalyticsCallTotals.from_dict(_totals)

        _duration_sec = d.pop("duration_sec", UNSET)
        duration_sec: AnalyticsCallMetricsDurationSec | Unset
        if isinstance(_duration_sec, Unset):
            duration_sec = UNSET
        else:
            duration_sec = AnalyticsCallMetricsDurationSec.from_dict(_duration_sec)

        _buckets = d.pop("buckets", UNSET)
        buckets: AnalyticsCallMetricsBuckets | Unset
        if isinstance(_buckets, Unset):
            buckets = UNSET
        else:
            buckets = AnalyticsCallMetricsBuckets.from_dict(_buckets)

        _outcome = d.pop("outcome", UNSET)
        outcome: AnalyticsCallMetricsOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            outcome = AnalyticsCallMetricsOutcome.from_dict(_outcome)

        _cost = d.pop("cost", UNSET)
        cost: AnalyticsCallMetricsCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = AnalyticsCallMetricsCost.from_dict(_cost)

        def _parse_previous(data: object) -> AnalyticsCallMetricsPreviousType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_type_0 = AnalyticsCallMetricsPreviousType0.from_dict(data)

                return previous_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyticsCallMetricsPreviousType0 | None | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        analytics_call_metrics = cls(
            meta=meta,
            totals=totals,
            duration_sec=duration_sec,
            buckets=buckets,
            outcome=outcome,
            cost=cost,
            previous=previous,
        )

        analytics_call_metrics.additional_properties = d
        return analytics_call_metrics

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
