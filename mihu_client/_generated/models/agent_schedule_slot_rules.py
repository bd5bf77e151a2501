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

T = TypeVar("T", bound="AgentScheduleSlotRules")


@_attrs_define
class AgentScheduleSlotRules:
    offer_slots_from: str | Unset = UNSET
    """ Lead time before slots are offered, e.g. 3_hours. """
    book_slots_from: str | Unset = UNSET
    """ Lead time before slots can be booked, e.g. 6_hours. """
    max_appointments_per_day: int | Unset = UNSET
    conflict_resolution_enabled: bool | Unset = UNSET
    alternative_slots_count: int | Unset = UNSET
    suggestion_priority: str | Unset = UNSET
    """ e.g. nearest """
    prefer_same_day: bool | Unset = UNSET
    prefer_same_time_slot: bool | Unset = UNSET
    include_same_week: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_slots_from = self.offer_slots_from

        book_slots_from = self.book_slots_from

        max_appointments_per_day = self.max_appointments_per_day

        conflict_resolution_enabled = self.conflict_resolution_enabled

        alternative_slots_count = self.alternative_slots_count

        suggestion_priority = self.suggestion_priority

        prefer_same_day = self.prefer_same_day

        prefer_same_time_slot = self.prefer_same_time_slot

        include_same_week = self.include_same_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offer_slots_from is not UNSET:
            field_dict["offer_slots_from"] = offer_slots_from
        if book_slots_from is not UNSET:
            field_dict["book_slots_from"] = book_slots_from
        if max_appointments_per_day is not UNSET:
            field_dict["max_appointments_per_day"] = max_appointments_per_day
        if conflict_resolution_enabled is not UNSET:
            field_dict["conflict_resolution_enabled"] = conflict_resolution_enabled
        if alternative_slots_count is not UNSET:
            field_dict["alternative_slots_count"] = alternative_slots_count
        if suggestion_priority is not UNSET:
            field_dict["suggestion_priority"] = suggestion_priority
        if prefer_same_day is not UNSET:
            field_dict["prefer_same_day"] = prefer_same_day
        if prefer_same_time_slot is not UNSET:
            field_dict["prefer_same_time_slot"] = prefer_same_time_slot
        if include_same_week is not UNSET:
            field_dict["include_same_week"] = include_same_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        offer_slots_from = d.get("offer_slots_from", UNSET)
        if offer_slots_from is None:
            offer_slots_from = unexpected_null("AgentScheduleSlotRules.offer_slots_from")

        book_slots_from = d.get("book_slots_from", UNSET)
        if book_slots_from is None:
            book_slots_from = unexpected_null("AgentScheduleSlotRules.book_slots_from")

        max_appointments_per_day = d.get("max_appointments_per_day", UNSET)
        if max_appointments_per_day is None:
            max_appointments_per_day = unexpected_null("AgentScheduleSlotRules.max_appointments_per_day")

        conflict_resolution_enabled = d.get("conflict_resolution_enabled", UNSET)
        if conflict_resolution_enabled is None:
            conflict_resolution_enabled = unexpected_null("AgentScheduleSlotRules.conflict_resolution_enabled")

        alternative_slots_count = d.get("alternative_slots_count", UNSET)
        if alternative_slots_count is None:
            alternative_slots_count = unexpected_null("AgentScheduleSlotRules.alternative_slots_count")

        suggestion_priority = d.get("suggestion_priority", UNSET)
        if suggestion_priority is None:
            suggestion_priority = unexpected_null("AgentScheduleSlotRules.suggestion_priority")

        prefer_same_day = d.get("prefer_same_day", UNSET)
        if prefer_same_day is None:
            prefer_same_day = unexpected_null("AgentScheduleSlotRules.prefer_same_day")

        prefer_same_time_slot = d.get("prefer_same_time_slot", UNSET)
        if prefer_same_time_slot is None:
            prefer_same_time_slot = unexpected_null("AgentScheduleSlotRules.prefer_same_time_slot")

        include_same_week = d.get("include_same_week", UNSET)
        if include_same_week is None:
            include_same_week = unexpected_null("AgentScheduleSlotRules.include_same_week")

        agent_schedule_slot_rules = new_instance(cls)
        agent_schedule_slot_rules.offer_slots_from = offer_slots_from
        agent_schedule_slot_rules.book_slots_from = book_slots_from
        agent_schedule_slot_rules.max_appointments_per_day = max_appointments_per_day
        agent_schedule_slot_rules.conflict_resolution_enabled = conflict_resolution_enabled
        agent_schedule_slot_rules.alternative_slots_count = alternative_slots_count
        agent_schedule_slot_rules.suggestion_priority = suggestion_priority
        agent_schedule_slot_rules.prefer_same_day = prefer_same_day
        agent_schedule_slot_rules.prefer_same_time_slot = prefer_same_time_slot
        agent_schedule_slot_rules.include_same_week = include_same_week
        agent_schedule_slot_rules.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_schedule_slot_rules

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
        "offer_slots_from",
        "book_slots_from",
        "max_appointments_per_day",
        "conflict_resolution_enabled",
        "alternative_slots_count",
        "suggestion_priority",
        "prefer_same_day",
        "prefer_same_time_slot",
        "include_same_week",
    )
)
