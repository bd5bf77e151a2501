from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_rule_snapshot_type import CampaignRuleSnapshotType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_max_calls_per_day = self.max_calls_per_day

        v_max_total_calls = self.max_total_calls

        v_retry_interval_minutes: int | Unset | None
        if isinstance(self.retry_interval_minutes, Unset):
            v_retry_interval_minutes = UNSET
        else:
            v_retry_interval_minutes = self.retry_interval_minutes

        v_start_time: str | Unset | None
        if isinstance(self.start_time, Unset):
            v_start_time = UNSET
        else:
            v_start_time = self.start_time

        v_end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            v_end_time = UNSET
        else:
            v_end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "CampaignRuleSnapshot.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("CampaignRuleSnapshot.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "CampaignRuleSnapshot.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("CampaignRuleSnapshot.name")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_CampaignRuleSnapshotType.get(v_type_) or enum_value(
                CampaignRuleSnapshotType, v_type_, "CampaignRuleSnapshot.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("CampaignRuleSnapshot.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "CampaignRuleSnapshot.type")

        v_max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if v_max_calls_per_day is None:
            v_max_calls_per_day = unexpected_null("CampaignRuleSnapshot.max_calls_per_day")

        v_max_total_calls = d.get("max_total_calls", UNSET)
        if v_max_total_calls is None:
            v_max_total_calls = unexpected_null("CampaignRuleSnapshot.max_total_calls")

        v_retry_interval_minutes = d.get("retry_interval_minutes", UNSET)

        v_start_time = d.get("start_time", UNSET)

        v_end_time = d.get("end_time", UNSET)

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.type_ = v_type_
        _instance.max_calls_per_day = v_max_calls_per_day
        _instance.max_total_calls = v_max_total_calls
        _instance.retry_interval_minutes = v_retry_interval_minutes
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignRuleSnapshot")
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


_values_CampaignRuleSnapshotType = CampaignRuleSnapshotType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "uuid",
        "name",
        "type",
        "max_calls_per_day",
        "max_total_calls",
        "retry_interval_minutes",
        "start_time",
        "end_time",
    )
)
