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

T = TypeVar("T", bound="PhoneNumberInboundSetting")


@_attrs_define
class PhoneNumberInboundSetting:
    enabled: bool | Unset = UNSET
    channel_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        channel_limit = self.channel_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if channel_limit is not UNSET:
            field_dict["channel_limit"] = channel_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        enabled = d.get("enabled", UNSET)
        if enabled is None:
            enabled = unexpected_null("PhoneNumberInboundSetting.enabled")

        channel_limit = d.get("channel_limit", UNSET)
        if channel_limit is None:
            channel_limit = unexpected_null("PhoneNumberInboundSetting.channel_limit")

        phone_number_inbound_setting = new_instance(cls)
        phone_number_inbound_setting.enabled = enabled
        phone_number_inbound_setting.channel_limit = channel_limit
        phone_number_inbound_setting.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberInboundSetting")
        )
        return phone_number_inbound_setting

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
        "enabled",
        "channel_limit",
    )
)
