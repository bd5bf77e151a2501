from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        offer_slots_from = d.pop("offer_slots_from", UNSET)

        book_slots_from = d.pop("book_slots_from", UNSET)

        max_appointments_per_day = d.pop("max_appointments_per_day", UNSET)

        conflict_resolution_enabled = d.pop("conflict_resolution_enabled", UNSET)

        alternative_slots_count = d.pop("alternative_slots_count", UNSET)

        suggestion_priority = d.pop("suggestion_priority", UNSET)

        prefer_same_day = d.pop("prefer_same_day", UNSET)

        prefer_same_time_slot = d.pop("prefer_same_time_slot", UNSET)

        include_same_week = d.pop("include_same_week", UNSET)

        agent_schedule_slot_rules = cls(
            offer_slots_from=offer_slots_from,
            book_slots_from=book_slots_from,
            max_appointments_per_day=max_appointments_per_day,
            conflict_resolution_enabled=conflict_resolution_enabled,
            alternative_slots_count=alternative_slots_count,
            suggestion_priority=suggestion_priority,
            prefer_same_day=prefer_same_day,
            prefer_same_time_slot=prefer_same_time_slot,
            include_same_week=include_same_week,
        )

        agent_schedule_slot_rules.additional_properties = d
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
