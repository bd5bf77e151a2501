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
        v_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            v_meta = self.meta.to_dict() if isinstance(self.meta, AnalyticsCallMetricsMeta) else self.meta

        v_totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            v_totals = self.totals.to_dict() if isinstance(self.totals, AnalyticsCallTotals) else self.totals

        v_duration_sec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration_sec, Unset):
            v_duration_sec = (
                self.duration_sec.to_dict()
                if isinstance(self.duration_sec, AnalyticsCallMetricsDurationSec)
                else self.duration_sec
            )

        v_buckets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            v_buckets = (
                self.buckets.to_dict() if isinstance(self.buckets, AnalyticsCallMetricsBuckets) else self.buckets
            )

        v_outcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            v_outcome = (
                self.outcome.to_dict() if isinstance(self.outcome, AnalyticsCallMetricsOutcome) else self.outcome
            )

        v_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            v_cost = self.cost.to_dict() if isinstance(self.cost, AnalyticsCallMetricsCost) else self.cost

        v_previous: dict[str, Any] | Unset | None
        if isinstance(self.previous, Unset):
            v_previous = UNSET
        elif isinstance(self.previous, AnalyticsCallMetricsPreviousType0):
            v_previous = (
                self.previous.to_dict()
                if isinstance(self.previous, AnalyticsCallMetricsPreviousType0)
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
        if v_duration_sec is not UNSET:
            field_dict["duration_sec"] = v_duration_sec
        if v_buckets is not UNSET:
            field_dict["buckets"] = v_buckets
        if v_outcome is not UNSET:
            field_dict["outcome"] = v_outcome
        if v_cost is not UNSET:
            field_dict["cost"] = v_cost
        if v_previous is not UNSET:
            field_dict["previous"] = v_previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_meta = d.get("meta", UNSET)
        if v_meta.__class__ is dict:
            v_meta = _from_dict_AnalyticsCallMetricsMeta(v_meta)
        elif v_meta is None:
            v_meta = unexpected_null("AnalyticsCallMetrics.meta")
        elif v_meta is not UNSET and v_meta is not None:
            v_meta = mismatch(v_meta, "AnalyticsCallMetrics.meta")

        v_totals = d.get("totals", UNSET)
        if v_totals.__class__ is dict:
            v_totals = _from_dict_AnalyticsCallTotals(v_totals)
        elif v_totals is None:
            v_totals = unexpected_null("AnalyticsCallMetrics.totals")
        elif v_totals is not UNSET and v_totals is not None:
            v_totals = mismatch(v_totals, "AnalyticsCallMetrics.totals")

        v_duration_sec = d.get("duration_sec", UNSET)
        if v_duration_sec.__class__ is dict:
            v_duration_sec = _from_dict_AnalyticsCallMetricsDurationSec(v_duration_sec)
        elif v_duration_sec is None:
            v_duration_sec = unexpected_null("AnalyticsCallMetrics.duration_sec")
        elif v_duration_sec is not UNSET and v_duration_sec is not None:
            v_duration_sec = mismatch(v_duration_sec, "AnalyticsCallMetrics.duration_sec")

        v_buckets = d.get("buckets", UNSET)
        if v_buckets.__class__ is dict:
            v_buckets = _from_dict_AnalyticsCallMetricsBuckets(v_buckets)
        elif v_buckets is None:
            v_buckets = unexpected_null("AnalyticsCallMetrics.buckets")
        elif v_buckets is not UNSET and v_buckets is not None:
            v_buckets = mismatch(v_buckets, "AnalyticsCallMetrics.buckets")

        v_outcome = d.get("outcome", UNSET)
        if v_outcome.__class__ is dict:
            v_outcome = _from_dict_AnalyticsCallMetricsOutcome(v_outcome)
        elif v_outcome is None:
            v_outcome = unexpected_null("AnalyticsCallMetrics.outcome")
        elif v_outcome is not UNSET and v_outcome is not None:
            v_outcome = mismatch(v_outcome, "AnalyticsCallMetrics.outcome")

        v_cost = d.get("cost", UNSET)
        if v_cost.__class__ is dict:
            v_cost = _from_dict_AnalyticsCallMetricsCost(v_cost)
        elif v_cost is None:
            v_cost = unexpected_null("AnalyticsCallMetrics.cost")
        elif v_cost is not UNSET and v_cost is not None:
            v_cost = mismatch(v_cost, "AnalyticsCallMetrics.cost")

        v_previous = d.get("previous", UNSET)
        if v_previous.__class__ is dict:
            v_previous = _from_dict_AnalyticsCallMetricsPreviousType0(v_previous)
        elif v_previous is not UNSET and v_previous is not None:
            v_previous = mismatch(v_previous, "AnalyticsCallMetrics.previous")

        _instance = new_instance(cls)
        _instance.meta = v_meta
        _instance.totals = v_totals
        _instance.duration_sec = v_duration_sec
        _instance.buckets = v_buckets
        _instance.outcome = v_outcome
        _instance.cost = v_cost
        _instance.previous = v_previous
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AnalyticsCallMetrics")
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
