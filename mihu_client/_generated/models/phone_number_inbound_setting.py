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
        v_enabled = self.enabled

        v_channel_limit = self.channel_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_enabled is not UNSET:
            field_dict["enabled"] = v_enabled
        if v_channel_limit is not UNSET:
            field_dict["channel_limit"] = v_channel_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_enabled = d.get("enabled", UNSET)
        if v_enabled is None:
            v_enabled = unexpected_null("PhoneNumberInboundSetting.enabled")

        v_channel_limit = d.get("channel_limit", UNSET)
        if v_channel_limit is None:
            v_channel_limit = unexpected_null("PhoneNumberInboundSetting.channel_limit")

        _instance = new_instance(cls)
        _instance.enabled = v_enabled
        _instance.channel_limit = v_channel_limit
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberInboundSetting")
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
        "enabled",
        "channel_limit",
    )
)
