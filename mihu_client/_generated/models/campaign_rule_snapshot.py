from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_rule_snapshot_type import CampaignRuleSnapshotType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignRuleSnapshot")


@_attrs_define
class CampaignRuleSnapshot:
    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    type_: CampaignRuleSnapshotType | Unset = UNSET
    max_calls_per_day: int | Unset = UNSET
    max_total_calls: int | Unset = UNSET
    retry_interval_minutes: int | Unset | None = UNSET
    start_time: str | Unset | None = UNSET
    end_time: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        max_calls_per_day = self.max_calls_per_day

        max_total_calls = self.max_total_calls

        retry_interval_minutes: int | Unset | None
        if isinstance(self.retry_interval_minutes, Unset):
            retry_interval_minutes = UNSET
        else:
            retry_interval_minutes = self.retry_interval_minutes

        start_time: str | Unset | None
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CampaignRuleSnapshotType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CampaignRuleSnapshotType(_type_)

        max_calls_per_day = d.pop("max_calls_per_day", UNSET)

        max_total_calls = d.pop("max_total_calls", UNSET)

        def _parse_retry_interval_minutes(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_interval_minutes = _parse_retry_interval_minutes(d.pop("retry_interval_minutes", UNSET))

        def _parse_start_time(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        campaign_rule_snapshot = cls(
            uuid=uuid,
            name=name,
            type_=type_,
            max_calls_per_day=max_calls_per_day,
            max_total_calls=max_total_calls,
            retry_interval_minutes=retry_interval_minutes,
            start_time=start_time,
            end_time=end_time,
        )

        campaign_rule_snapshot.additional_properties = d
        return campaign_rule_snapshot

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
