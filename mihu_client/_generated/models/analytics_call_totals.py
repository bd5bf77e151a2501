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
        v_calls = self.calls

        v_inbound = self.inbound

        v_outbound = self.outbound

        v_answered = self.answered

        v_missed = self.missed

        v_failed = self.failed

        v_ai_handled = self.ai_handled

        v_human_handled = self.human_handled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_calls is not UNSET:
            field_dict["calls"] = v_calls
        if v_inbound is not UNSET:
            field_dict["inbound"] = v_inbound
        if v_outbound is not UNSET:
            field_dict["outbound"] = v_outbound
        if v_answered is not UNSET:
            field_dict["answered"] = v_answered
        if v_missed is not UNSET:
            field_dict["missed"] = v_missed
        if v_failed is not UNSET:
            field_dict["failed"] = v_failed
        if v_ai_handled is not UNSET:
            field_dict["ai_handled"] = v_ai_handled
        if v_human_handled is not UNSET:
            field_dict["human_handled"] = v_human_handled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_calls = d.get("calls", UNSET)
        if v_calls is None:
            v_calls = unexpected_null("AnalyticsCallTotals.calls")

        v_inbound = d.get("inbound", UNSET)
        if v_inbound is None:
            v_inbound = unexpected_null("AnalyticsCallTotals.inbound")

        v_outbound = d.get("outbound", UNSET)
        if v_outbound is None:
            v_outbound = unexpected_null("AnalyticsCallTotals.outbound")

        v_answered = d.get("answered", UNSET)
        if v_answered is None:
            v_answered = unexpected_null("AnalyticsCallTotals.answered")

        v_missed = d.get("missed", UNSET)
        if v_missed is None:
            v_missed = unexpected_null("AnalyticsCallTotals.missed")

        v_failed = d.get("failed", UNSET)
        if v_failed is None:
            v_failed = unexpected_null("AnalyticsCallTotals.failed")

        v_ai_handled = d.get("ai_handled", UNSET)
        if v_ai_handled is None:
            v_ai_handled = unexpected_null("AnalyticsCallTotals.ai_handled")

        v_human_handled = d.get("human_handled", UNSET)
        if v_human_handled is None:
            v_human_handled = unexpected_null("AnalyticsCallTotals.human_handled")

        _instance = new_instance(cls)
        _instance.calls = v_calls
        _instance.inbound = v_inbound
        _instance.outbound = v_outbound
        _instance.answered = v_answered
        _instance.missed = v_missed
        _instance.failed = v_failed
        _instance.ai_handled = v_ai_handled
        _instance.human_handled = v_human_handled
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AnalyticsCallTotals")
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
