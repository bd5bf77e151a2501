from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AnalyticsCallTotals")


@_attrs_define
class AnalyticsCallTotals:
    calls: int | Unset = UNSET
    inbound: int | Unset = UNSET
    outbound: int | Unset = UNSET
    answered: int | Unset = UNSET
    missed: int | Unset = UNSET
    failed: int | Unset = UNSET
    ai_handled: int | Unset = UNSET
    human_handled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = self.calls

        inbound = self.inbound

        outbound = self.outbound

        answered = self.answered

        missed = self.missed

        failed = self.failed

        ai_handled = self.ai_handled

        human_handled = self.human_handled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calls is not UNSET:
            field_dict["calls"] = calls
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound
        if answered is not UNSET:
            field_dict["answered"] = answered
        if missed is not UNSET:
            field_dict["missed"] = missed
        if failed is not UNSET:
            field_dict["failed"] = failed
        if ai_handled is not UNSET:
            field_dict["ai_handled"] = ai_handled
        if human_handled is not UNSET:
            field_dict["human_handled"] = human_handled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        calls = d.get("calls", UNSET)
        if calls is None:
            calls = unexpected_null("AnalyticsCallTotals.calls")

        inbound = d.get("inbound", UNSET)
        if inbound is None:
            inbound = unexpected_null("AnalyticsCallTotals.inbound")

        outbound = d.get("outbound", UNSET)
        if outbound is None:
            outbound = unexpected_null("AnalyticsCallTotals.outbound")

        answered = d.get("answered", UNSET)
        if answered is None:
            answered = unexpected_null("AnalyticsCallTotals.answered")

        missed = d.get("missed", UNSET)
        if missed is None:
            missed = unexpected_null("AnalyticsCallTotals.missed")

        failed = d.get("failed", UNSET)
        if failed is None:
            failed = unexpected_null("AnalyticsCallTotals.failed")

        ai_handled = d.get("ai_handled", UNSET)
        if ai_handled is None:
            ai_handled = unexpected_null("AnalyticsCallTotals.ai_handled")

        human_handled = d.get("human_handled", UNSET)
        if human_handled is None:
            human_handled = unexpected_null("AnalyticsCallTotals.human_handled")

        analytics_call_totals = new_instance(cls)
        analytics_call_totals.calls = calls
        analytics_call_totals.inbound = inbound
        analytics_call_totals.outbound = outbound
        analytics_call_totals.answered = answered
        analytics_call_totals.missed = missed
        analytics_call_totals.failed = failed
        analytics_call_totals.ai_handled = ai_handled
        analytics_call_totals.human_handled = human_handled
        analytics_call_totals.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AnalyticsCallTotals")
        )
        return analytics_call_totals

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
        "calls",
        "inbound",
        "outbound",
        "answered",
        "missed",
        "failed",
        "ai_handled",
        "human_handled",
    )
)
