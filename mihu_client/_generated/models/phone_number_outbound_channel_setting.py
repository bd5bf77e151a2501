from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberOutboundChannelSetting")


@_attrs_define
class PhoneNumberOutboundChannelSetting:
    enabled: bool | Unset = UNSET
    channel_limit: int | Unset = UNSET
    """ Maximum concurrent channels. """
    whitelisted_destinations: list[str] | Unset = UNSET
    """ ISO country codes the channel may reach. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        channel_limit = self.channel_limit

        whitelisted_destinations: list[str] | Unset = UNSET
        if not isinstance(self.whitelisted_destinations, Unset):
            whitelisted_destinations = self.whitelisted_destinations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if channel_limit is not UNSET:
            field_dict["channel_limit"] = channel_limit
        if whitelisted_destinations is not UNSET:
            field_dict["whitelisted_destinations"] = whitelisted_destinations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        channel_limit = d.pop("channel_limit", UNSET)

        whitelisted_destinations = cast(list[str], d.pop("whitelisted_destinations", UNSET))

        phone_number_outbound_channel_setting = cls(
            enabled=enabled,
            channel_limit=channel_limit,
            whitelisted_destinations=whitelisted_destinations,
        )

        phone_number_outbound_channel_setting.additional_properties = d
        return phone_number_outbound_channel_setting

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
