from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_channel_settings import PhoneNumberChannelSettings


T = TypeVar("T", bound="PhoneNumberUpdateChannelSettingsRequest")


@_attrs_define
class PhoneNumberUpdateChannelSettingsRequest:
    channel_settings: PhoneNumberChannelSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_settings = (
            self.channel_settings.to_dict() if hasattr(self.channel_settings, "to_dict") else self.channel_settings
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_settings": channel_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        channel_settings = d.get("channel_settings", UNSET)
        if channel_settings.__class__ is dict:
            channel_settings = _from_dict_PhoneNumberChannelSettings(channel_settings)
        elif channel_settings is UNSET:
            channel_settings = missing("PhoneNumberUpdateChannelSettingsRequest.channel_settings")
        elif channel_settings is None:
            channel_settings = unexpected_null("PhoneNumberUpdateChannelSettingsRequest.channel_settings")
        elif channel_settings is not UNSET and channel_settings is not None:
            channel_settings = mismatch(channel_settings, "PhoneNumberUpdateChannelSettingsRequest.channel_settings")

        phone_number_update_channel_settings_request = new_instance(cls)
        phone_number_update_channel_settings_request.channel_settings = channel_settings
        phone_number_update_channel_settings_request.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "PhoneNumberUpdateChannelSettingsRequest")
        )
        return phone_number_update_channel_settings_request

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


_FIELD_NAMES = frozenset(("channel_settings",))

from ..models.phone_number_channel_settings import PhoneNumberChannelSettings

_from_dict_PhoneNumberChannelSettings = PhoneNumberChannelSettings.from_dict
