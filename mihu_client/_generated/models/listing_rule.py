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

T = TypeVar("T", bound="ListingRule")


@_attrs_define
class ListingRule:
    """Contact rule (cadence/working-hours window) applied to the listing's campaign."""

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    max_calls_per_day: int | Unset = UNSET
    max_total_calls: int | Unset = UNSET
    retry_interval_minutes: int | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid = self.uuid

        v_name = self.name

        v_max_calls_per_day = self.max_calls_per_day

        v_max_total_calls = self.max_total_calls

        v_retry_interval_minutes = self.retry_interval_minutes

        v_start_time = self.start_time

        v_end_time = self.end_time

        v_type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_max_calls_per_day is not UNSET:
            field_dict["max_calls_per_day"] = v_max_calls_per_day
        if v_max_total_calls is not UNSET:
            field_dict["max_total_calls"] = v_max_total_calls
        if v_retry_interval_minutes is not UNSET:
            field_dict["retry_interval_minutes"] = v_retry_interval_minutes
        if v_start_time is not UNSET:
            field_dict["start_time"] = v_start_time
        if v_end_time is not UNSET:
            field_dict["end_time"] = v_end_time
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid is None:
            v_uuid = unexpected_null("ListingRule.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("ListingRule.name")

        v_max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if v_max_calls_per_day is None:
            v_max_calls_per_day = unexpected_null("ListingRule.max_calls_per_day")

        v_max_total_calls = d.get("max_total_calls", UNSET)
        if v_max_total_calls is None:
            v_max_total_calls = unexpected_null("ListingRule.max_total_calls")

        v_retry_interval_minutes = d.get("retry_interval_minutes", UNSET)
        if v_retry_interval_minutes is None:
            v_retry_interval_minutes = unexpected_null("ListingRule.retry_interval_minutes")

        v_start_time = d.get("start_time", UNSET)
        if v_start_time is None:
            v_start_time = unexpected_null("ListingRule.start_time")

        v_end_time = d.get("end_time", UNSET)
        if v_end_time is None:
            v_end_time = unexpected_null("ListingRule.end_time")

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("ListingRule.type")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.max_calls_per_day = v_max_calls_per_day
        _instance.max_total_calls = v_max_total_calls
        _instance.retry_interval_minutes = v_retry_interval_minutes
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.type_ = v_type_
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingRule")
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
        "uuid",
        "name",
        "max_calls_per_day",
        "max_total_calls",
        "retry_interval_minutes",
        "start_time",
        "end_time",
        "type",
    )
)
