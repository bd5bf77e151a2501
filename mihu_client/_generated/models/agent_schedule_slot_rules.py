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
        v_offer_slots_from = self.offer_slots_from

        v_book_slots_from = self.book_slots_from

        v_max_appointments_per_day = self.max_appointments_per_day

        v_conflict_resolution_enabled = self.conflict_resolution_enabled

        v_alternative_slots_count = self.alternative_slots_count

        v_suggestion_priority = self.suggestion_priority

        v_prefer_same_day = self.prefer_same_day

        v_prefer_same_time_slot = self.prefer_same_time_slot

        v_include_same_week = self.include_same_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_offer_slots_from is not UNSET:
            field_dict["offer_slots_from"] = v_offer_slots_from
        if v_book_slots_from is not UNSET:
            field_dict["book_slots_from"] = v_book_slots_from
        if v_max_appointments_per_day is not UNSET:
            field_dict["max_appointments_per_day"] = v_max_appointments_per_day
        if v_conflict_resolution_enabled is not UNSET:
            field_dict["conflict_resolution_enabled"] = v_conflict_resolution_enabled
        if v_alternative_slots_count is not UNSET:
            field_dict["alternative_slots_count"] = v_alternative_slots_count
        if v_suggestion_priority is not UNSET:
            field_dict["suggestion_priority"] = v_suggestion_priority
        if v_prefer_same_day is not UNSET:
            field_dict["prefer_same_day"] = v_prefer_same_day
        if v_prefer_same_time_slot is not UNSET:
            field_dict["prefer_same_time_slot"] = v_prefer_same_time_slot
        if v_include_same_week is not UNSET:
            field_dict["include_same_week"] = v_include_same_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_offer_slots_from = d.get("offer_slots_from", UNSET)
        if v_offer_slots_from is None:
            v_offer_slots_from = unexpected_null("AgentScheduleSlotRules.offer_slots_from")

        v_book_slots_from = d.get("book_slots_from", UNSET)
        if v_book_slots_from is None:
            v_book_slots_from = unexpected_null("AgentScheduleSlotRules.book_slots_from")

        v_max_appointments_per_day = d.get("max_appointments_per_day", UNSET)
        if v_max_appointments_per_day is None:
            v_max_appointments_per_day = unexpected_null("AgentScheduleSlotRules.max_appointments_per_day")

        v_conflict_resolution_enabled = d.get("conflict_resolution_enabled", UNSET)
        if v_conflict_resolution_enabled is None:
            v_conflict_resolution_enabled = unexpected_null("AgentScheduleSlotRules.conflict_resolution_enabled")

        v_alternative_slots_count = d.get("alternative_slots_count", UNSET)
        if v_alternative_slots_count is None:
            v_alternative_slots_count = unexpected_null("AgentScheduleSlotRules.alternative_slots_count")

        v_suggestion_priority = d.get("suggestion_priority", UNSET)
        if v_suggestion_priority is None:
            v_suggestion_priority = unexpected_null("AgentScheduleSlotRules.suggestion_priority")

        v_prefer_same_day = d.get("prefer_same_day", UNSET)
        if v_prefer_same_day is None:
            v_prefer_same_day = unexpected_null("AgentScheduleSlotRules.prefer_same_day")

        v_prefer_same_time_slot = d.get("prefer_same_time_slot", UNSET)
        if v_prefer_same_time_slot is None:
            v_prefer_same_time_slot = unexpected_null("AgentScheduleSlotRules.prefer_same_time_slot")

        v_include_same_week = d.get("include_same_week", UNSET)
        if v_include_same_week is None:
            v_include_same_week = unexpected_null("AgentScheduleSlotRules.include_same_week")

        _instance = new_instance(cls)
        _instance.offer_slots_from = v_offer_slots_from
        _instance.book_slots_from = v_book_slots_from
        _instance.max_appointments_per_day = v_max_appointments_per_day
        _instance.conflict_resolution_enabled = v_conflict_resolution_enabled
        _instance.alternative_slots_count = v_alternative_slots_count
        _instance.suggestion_priority = v_suggestion_priority
        _instance.prefer_same_day = v_prefer_same_day
        _instance.prefer_same_time_slot = v_prefer_same_time_slot
        _instance.include_same_week = v_include_same_week
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
