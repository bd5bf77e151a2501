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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "CampaignRuleSnapshot.uuid")
        elif uuid is None:
            uuid = unexpected_null("CampaignRuleSnapshot.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "CampaignRuleSnapshot.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("CampaignRuleSnapshot.name")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_CampaignRuleSnapshotType.get(type_) or enum_value(
                CampaignRuleSnapshotType, type_, "CampaignRuleSnapshot.type"
            )
        elif type_ is None:
            type_ = unexpected_null("CampaignRuleSnapshot.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "CampaignRuleSnapshot.type")

        max_calls_per_day = d.get("max_calls_per_day", UNSET)
        if max_calls_per_day is None:
            max_calls_per_day = unexpected_null("CampaignRuleSnapshot.max_calls_per_day")

        max_total_calls = d.get("max_total_calls", UNSET)
        if max_total_calls is None:
            max_total_calls = unexpected_null("CampaignRuleSnapshot.max_total_calls")

        retry_interval_minutes = d.get("retry_interval_minutes", UNSET)

        start_time = d.get("start_time", UNSET)

        end_time = d.get("end_time", UNSET)

        campaign_rule_snapshot = new_instance(cls)
        campaign_rule_snapshot.uuid = uuid
        campaign_rule_snapshot.name = name
        campaign_rule_snapshot.type_ = type_
        campaign_rule_snapshot.max_calls_per_day = max_calls_per_day
        campaign_rule_snapshot.max_total_calls = max_total_calls
        campaign_rule_snapshot.retry_interval_minutes = retry_interval_minutes
        campaign_rule_snapshot.start_time = start_time
        campaign_rule_snapshot.end_time = end_time
        campaign_rule_snapshot.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CampaignRuleSnapshot")
        )
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


_values_CampaignRuleSnapshotType = CampaignRuleSnapshotType._value2member_map_


_FIELD_NAMES = frozenset(
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
