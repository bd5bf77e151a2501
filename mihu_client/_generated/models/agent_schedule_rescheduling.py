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
)

T = TypeVar("T", bound="AgentScheduleRescheduling")


@_attrs_define
class AgentScheduleRescheduling:
    policy: str | Unset = UNSET
    """ e.g. always_ask """
    minor_change_hours: int | Unset = UNSET
    minor_change_same_day: bool | Unset = UNSET
    minor_change_same_week: bool | Unset = UNSET
    minor_change_same_slot: bool | Unset = UNSET
    min_rescheduling_notice: str | Unset = UNSET
    """ e.g. 2_hours """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_policy = self.policy

        v_minor_change_hours = self.minor_change_hours

        v_minor_change_same_day = self.minor_change_same_day

        v_minor_change_same_week = self.minor_change_same_week

        v_minor_change_same_slot = self.minor_change_same_slot

        v_min_rescheduling_notice = self.min_rescheduling_notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_policy is not UNSET:
            field_dict["policy"] = v_policy
        if v_minor_change_hours is not UNSET:
            field_dict["minor_change_hours"] = v_minor_change_hours
        if v_minor_change_same_day is not UNSET:
            field_dict["minor_change_same_day"] = v_minor_change_same_day
        if v_minor_change_same_week is not UNSET:
            field_dict["minor_change_same_week"] = v_minor_change_same_week
        if v_minor_change_same_slot is not UNSET:
            field_dict["minor_change_same_slot"] = v_minor_change_same_slot
        if v_min_rescheduling_notice is not UNSET:
            field_dict["min_rescheduling_notice"] = v_min_rescheduling_notice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_policy = d.get("policy", UNSET)
        if v_policy is None:
            v_policy = unexpected_null("AgentScheduleRescheduling.policy")

        v_minor_change_hours = d.get("minor_change_hours", UNSET)
        if v_minor_change_hours is None:
            v_minor_change_hours = unexpected_null("AgentScheduleRescheduling.minor_change_hours")

        v_minor_change_same_day = d.get("minor_change_same_day", UNSET)
        if v_minor_change_same_day is None:
            v_minor_change_same_day = unexpected_null("AgentScheduleRescheduling.minor_change_same_day")

        v_minor_change_same_week = d.get("minor_change_same_week", UNSET)
        if v_minor_change_same_week is None:
            v_minor_change_same_week = unexpected_null("AgentScheduleRescheduling.minor_change_same_week")

        v_minor_change_same_slot = d.get("minor_change_same_slot", UNSET)
        if v_minor_change_same_slot is None:
            v_minor_change_same_slot = unexpected_null("AgentScheduleRescheduling.minor_change_same_slot")

        v_min_rescheduling_notice = d.get("min_rescheduling_notice", UNSET)
        if v_min_rescheduling_notice is None:
            v_min_rescheduling_notice = unexpected_null("AgentScheduleRescheduling.min_rescheduling_notice")

        _instance = new_instance(cls)
        _instance.policy = v_policy
        _instance.minor_change_hours = v_minor_change_hours
        _instance.minor_change_same_day = v_minor_change_same_day
        _instance.minor_change_same_week = v_minor_change_same_week
        _instance.minor_change_same_slot = v_minor_change_same_slot
        _instance.min_rescheduling_notice = v_min_rescheduling_notice
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "policy",
        "minor_change_hours",
        "minor_change_same_day",
        "minor_change_same_week",
        "minor_change_same_slot",
        "min_rescheduling_notice",
    )
)
