from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
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
        v_channel_settings = (
            self.channel_settings.to_dict()
            if isinstance(self.channel_settings, PhoneNumberChannelSettings)
            else self.channel_settings
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_channel_settings, Unset):
            field_dict["channel_settings"] = v_channel_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_channel_settings = d.get("channel_settings", UNSET)
        if v_channel_settings.__class__ is dict:
            v_channel_settings = _from_dict_PhoneNumberChannelSettings(v_channel_settings)
        elif v_channel_settings is UNSET:
            v_channel_settings = missing("PhoneNumberUpdateChannelSettingsRequest.channel_settings")
        elif v_channel_settings is None:
            v_channel_settings = unexpected_null("PhoneNumberUpdateChannelSettingsRequest.channel_settings")
        elif v_channel_settings is not UNSET and v_channel_settings is not None:
            v_channel_settings = mismatch(
                v_channel_settings, "PhoneNumberUpdateChannelSettingsRequest.channel_settings"
            )

        _instance = new_instance(cls)
        _instance.channel_settings = v_channel_settings
        _instance.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "PhoneNumberUpdateChannelSettingsRequest")
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


_FIELD_NAMES: frozenset[str] = frozenset(("channel_settings",))

from ..models.phone_number_channel_settings import PhoneNumberChannelSettings

_from_dict_PhoneNumberChannelSettings = PhoneNumberChannelSettings.from_dict
