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
        policy = self.policy

        minor_change_hours = self.minor_change_hours

        minor_change_same_day = self.minor_change_same_day

        minor_change_same_week = self.minor_change_same_week

        minor_change_same_slot = self.minor_change_same_slot

        min_rescheduling_notice = self.min_rescheduling_notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy
        if minor_change_hours is not UNSET:
            field_dict["minor_change_hours"] = minor_change_hours
        if minor_change_same_day is not UNSET:
            field_dict["minor_change_same_day"] = minor_change_same_day
        if minor_change_same_week is not UNSET:
            field_dict["minor_change_same_week"] = minor_change_same_week
        if minor_change_same_slot is not UNSET:
            field_dict["minor_change_same_slot"] = minor_change_same_slot
        if min_rescheduling_notice is not UNSET:
            field_dict["min_rescheduling_notice"] = min_rescheduling_notice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        policy = d.get("policy", UNSET)
        if policy is None:
            policy = unexpected_null("AgentScheduleRescheduling.policy")

        minor_change_hours = d.get("minor_change_hours", UNSET)
        if minor_change_hours is None:
            minor_change_hours = unexpected_null("AgentScheduleRescheduling.minor_change_hours")

        minor_change_same_day = d.get("minor_change_same_day", UNSET)
        if minor_change_same_day is None:
            minor_change_same_day = unexpected_null("AgentScheduleRescheduling.minor_change_same_day")

        minor_change_same_week = d.get("minor_change_same_week", UNSET)
        if minor_change_same_week is None:
            minor_change_same_week = unexpected_null("AgentScheduleRescheduling.minor_change_same_week")

        minor_change_same_slot = d.get("minor_change_same_slot", UNSET)
        if minor_change_same_slot is None:
            minor_change_same_slot = unexpected_null("AgentScheduleRescheduling.minor_change_same_slot")

        min_rescheduling_notice = d.get("min_rescheduling_notice", UNSET)
        if min_rescheduling_notice is None:
            min_rescheduling_notice = unexpected_null("AgentScheduleRescheduling.min_rescheduling_notice")

        agent_schedule_rescheduling = new_instance(cls)
        agent_schedule_rescheduling.policy = policy
        agent_schedule_rescheduling.minor_change_hours = minor_change_hours
        agent_schedule_rescheduling.minor_change_same_day = minor_change_same_day
        agent_schedule_rescheduling.minor_change_same_week = minor_change_same_week
        agent_schedule_rescheduling.minor_change_same_slot = minor_change_same_slot
        agent_schedule_rescheduling.min_rescheduling_notice = min_rescheduling_notice
        agent_schedule_rescheduling.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_schedule_rescheduling

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
        "policy",
        "minor_change_hours",
        "minor_change_same_day",
        "minor_change_same_week",
        "minor_change_same_slot",
        "min_rescheduling_notice",
    )
)
