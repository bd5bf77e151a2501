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
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict() if hasattr(self.meta, "to_dict") else self.meta

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict() if hasattr(self.totals, "to_dict") else self.totals

        duration_sec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_sec, Unset):
            duration_sec = self.duration_sec.to_dict() if hasattr(self.duration_sec, "to_dict") else self.duration_sec

        buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = self.buckets.to_dict() if hasattr(self.buckets, "to_dict") else self.buckets

        outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.to_dict() if hasattr(self.outcome, "to_dict") else self.outcome

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict() if hasattr(self.cost, "to_dict") else self.cost

        previous: dict[str, Any] | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, AnalyticsCallMetricsPreviousType0):
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        meta = d.get("meta", UNSET)
        if meta.__class__ is dict:
            meta = _from_dict_AnalyticsCallMetricsMeta(meta)
        elif meta is None:
            meta = unexpected_null("AnalyticsCallMetrics.meta")
        elif meta is not UNSET and meta is not None:
            meta = mismatch(meta, "AnalyticsCallMetrics.meta")

        totals = d.get("totals", UNSET)
        if totals.__class__ is dict:
            totals = _from_dict_AnalyticsCallTotals(totals)
        elif totals is None:
            totals = unexpected_null("AnalyticsCallMetrics.totals")
        elif totals is not UNSET and totals is not None:
            totals = mismatch(totals, "AnalyticsCallMetrics.totals")

        duration_sec = d.get("duration_sec", UNSET)
        if duration_sec.__class__ is dict:
            duration_sec = _from_dict_AnalyticsCallMetricsDurationSec(duration_sec)
        elif duration_sec is None:
            duration_sec = unexpected_null("AnalyticsCallMetrics.duration_sec")
        elif duration_sec is not UNSET and duration_sec is not None:
            duration_sec = mismatch(duration_sec, "AnalyticsCallMetrics.duration_sec")

        buckets = d.get("buckets", UNSET)
        if buckets.__class__ is dict:
            buckets = _from_dict_AnalyticsCallMetricsBuckets(buckets)
        elif buckets is None:
            buckets = unexpected_null("AnalyticsCallMetrics.buckets")
        elif buckets is not UNSET and buckets is not None:
            buckets = mismatch(buckets, "AnalyticsCallMetrics.buckets")

        outcome = d.get("outcome", UNSET)
        if outcome.__class__ is dict:
            outcome = _from_dict_AnalyticsCallMetricsOutcome(outcome)
        elif outcome is None:
            outcome = unexpected_null("AnalyticsCallMetrics.outcome")
        elif outcome is not UNSET and outcome is not None:
            outcome = mismatch(outcome, "AnalyticsCallMetrics.outcome")

        cost = d.get("cost", UNSET)
        if cost.__class__ is dict:
            cost = _from_dict_AnalyticsCallMetricsCost(cost)
        elif cost is None:
            cost = unexpected_null("AnalyticsCallMetrics.cost")
        elif cost is not UNSET and cost is not None:
            cost = mismatch(cost, "AnalyticsCallMetrics.cost")

        previous = d.get("previous", UNSET)
        if previous.__class__ is dict:
            previous = _from_dict_AnalyticsCallMetricsPreviousType0(previous)
        elif previous is not UNSET and previous is not None:
            previous = mismatch(previous, "AnalyticsCallMetrics.previous")

        analytics_call_metrics = new_instance(cls)
        analytics_call_metrics.meta = meta
        analytics_call_metrics.totals = totals
        analytics_call_metrics.duration_sec = duration_sec
        analytics_call_metrics.buckets = buckets
        analytics_call_metrics.outcome = outcome
        analytics_call_metrics.cost = cost
        analytics_call_metrics.previous = previous
        analytics_call_metrics.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AnalyticsCallMetrics")
        )
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


_FIELD_NAMES = frozenset(
    (
        "meta",
        "totals",
        "duration_sec",
        "buckets",
        "outcome",
        "cost",
        "previous",
    )
)

from ..models.analytics_call_metrics_buckets import AnalyticsCallMetricsBuckets
from ..models.analytics_call_metrics_cost import AnalyticsCallMetricsCost
from ..models.analytics_call_metrics_duration_sec import AnalyticsCallMetricsDurationSec
from ..models.analytics_call_metrics_meta import AnalyticsCallMetricsMeta
from ..models.analytics_call_metrics_outcome import AnalyticsCallMetricsOutcome
from ..models.analytics_call_metrics_previous_type_0 import AnalyticsCallMetricsPreviousType0
from ..models.analytics_call_totals import AnalyticsCallTotals

_from_dict_AnalyticsCallMetricsMeta = AnalyticsCallMetricsMeta.from_dict

_from_dict_AnalyticsCallTotals = AnalyticsCallTotals.from_dict

_from_dict_AnalyticsCallMetricsDurationSec = AnalyticsCallMetricsDurationSec.from_dict

_from_dict_AnalyticsCallMetricsBuckets = AnalyticsCallMetricsBuckets.from_dict

_from_dict_AnalyticsCallMetricsOutcome = AnalyticsCallMetricsOutcome.from_dict

_from_dict_AnalyticsCallMetricsCost = AnalyticsCallMetricsCost.from_dict

_from_dict_AnalyticsCallMetricsPreviousType0 = AnalyticsCallMetricsPreviousType0.from_dict
