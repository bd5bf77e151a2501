from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_inbound_setting import PhoneNumberInboundSetting
    from ..models.phone_number_outbound_channel_setting import PhoneNumberOutboundChannelSetting


T = TypeVar("T", bound="PhoneNumberChannelSettings")


@_attrs_define
class PhoneNumberChannelSettings:
    voice: PhoneNumberOutboundChannelSetting | Unset = UNSET
    sms: PhoneNumberOutboundChannelSetting | Unset = UNSET
    inbound: PhoneNumberInboundSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict() if hasattr(self.voice, "to_dict") else self.voice

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict() if hasattr(self.sms, "to_dict") else self.sms

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict() if hasattr(self.inbound, "to_dict") else self.inbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice is not UNSET:
            field_dict["voice"] = voice
        if sms is not UNSET:
            field_dict["sms"] = sms
        if inbound is not UNSET:
            field_dict["inbound"] = inbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        voice = d.get("voice", UNSET)
        if voice.__class__ is dict:
            voice = _from_dict_PhoneNumberOutboundChannelSetting(voice)
        elif voice is None:
            voice = unexpected_null("PhoneNumberChannelSettings.voice")
        elif voice is not UNSET and voice is not None:
            voice = mismatch(voice, "PhoneNumberChannelSettings.voice")

        sms = d.get("sms", UNSET)
        if sms.__class__ is dict:
            sms = _from_dict_PhoneNumberOutboundChannelSetting(sms)
        elif sms is None:
            sms = unexpected_null("PhoneNumberChannelSettings.sms")
        elif sms is not UNSET and sms is not None:
            sms = mismatch(sms, "PhoneNumberChannelSettings.sms")

        inbound = d.get("inbound", UNSET)
        if inbound.__class__ is dict:
            inbound = _from_dict_PhoneNumberInboundSetting(inbound)
        elif inbound is None:
            inbound = unexpected_null("PhoneNumberChannelSettings.inbound")
        elif inbound is not UNSET and inbound is not None:
            inbound = mismatch(inbound, "PhoneNumberChannelSettings.inbound")

        phone_number_channel_settings = new_instance(cls)
        phone_number_channel_settings.voice = voice
        phone_number_channel_settings.sms = sms
        phone_number_channel_settings.inbound = inbound
        phone_number_channel_settings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberChannelSettings")
        )
        return phone_number_channel_settings

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
        "voice",
        "sms",
        "inbound",
    )
)

from ..models.phone_number_inbound_setting import PhoneNumberInboundSetting
from ..models.phone_number_outbound_channel_setting import PhoneNumberOutboundChannelSetting

_from_dict_PhoneNumberOutboundChannelSetting = PhoneNumberOutboundChannelSetting.from_dict

_from_dict_PhoneNumberOutboundChannelSetting = PhoneNumberOutboundChannelSetting.from_dict

_from_dict_PhoneNumberInboundSetting = PhoneNumberInboundSetting.from_dict
