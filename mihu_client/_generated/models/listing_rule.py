from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        name = d.pop("name", UNSET)

        max_calls_per_day = d.pop("max_calls_per_day", UNSET)

        max_total_calls = d.pop("max_total_calls", UNSET)

        retry_interval_minutes = d.pop("retry_interval_minutes", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        type_ = d.pop("type", UNSET)

        listing_rule = cls(
            uuid=uuid,
            name=name,
            max_calls_per_day=max_calls_per_day,
            max_total_calls=max_total_calls,
            retry_interval_minutes=retry_interval_minutes,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
        )

        listing_rule.additional_properties = d
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
