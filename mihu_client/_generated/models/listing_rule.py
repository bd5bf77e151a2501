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
        uuid = self.uuid

        name = self.name

        max_calls_per_day = self.max_calls_per_day

        max_total_calls = self.max_total_calls

        retry_interval_minutes = self.retry_interval_minutes

        start_time = self.start_time

        end_time = self.end_time

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if max_calls_per_day is not UNSET:
            field_dict["max_calls_per_day"] = max_calls_per_day
        if max_total_calls is not UNSET:
            field_dict["max_total_calls"] = max_total_calls
        if retry_interval_minutes is not UNSET:
            field_dict["retry_interval_minutes"] = retry_interval_minutes
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid is None:
            uuid = unexpected_null("ListingRule.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("ListingRule.name")

        max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if max_calls_per_day is None:
            max_calls_per_day = unexpected_null("ListingRule.max_calls_per_day")

        max_total_calls = d.get("max_total_calls", UNSET)
        if max_total_calls is None:
            max_total_calls = unexpected_null("ListingRule.max_total_calls")

        retry_interval_minutes = d.get("retry_interval_minutes", UNSET)
        if retry_interval_minutes is None:
            retry_interval_minutes = unexpected_null("ListingRule.retry_interval_minutes")

        start_time = d.get("start_time", UNSET)
        if start_time is None:
            start_time = unexpected_null("ListingRule.start_time")

        end_time = d.get("end_time", UNSET)
        if end_time is None:
            end_time = unexpected_null("ListingRule.end_time")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("ListingRule.type")

        listing_rule = new_instance(cls)
        listing_rule.uuid = uuid
        listing_rule.name = name
        listing_rule.max_calls_per_day = max_calls_per_day
        listing_rule.max_total_calls = max_total_calls
        listing_rule.retry_interval_minutes = retry_interval_minutes
        listing_rule.start_time = start_time
        listing_rule.end_time = end_time
        listing_rule.type_ = type_
        listing_rule.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingRule")
        )
        return listing_rule

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
