from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            voice = self.voice.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

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
        from ..models.phone_number_inbound_setting import PhoneNumberInboundSetting
        from ..models.phone_number_outbound_channel_setting import PhoneNumberOutboundChannelSetting

        d = dict(src_dict)
        _voice = d.pop("voice", UNSET)
        voice: PhoneNumberOutboundChannelSetting | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = PhoneNumberOutboundChannelSetting.from_dict(_voice)

        _sms = d.pop("sms", UNSET)
        sms: PhoneNumberOutboundChannelSetting | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = PhoneNumberOutboundChannelSetting.from_dict(_sms)

        _inbound = d.pop("inbound", UNSET)
        inbound: PhoneNumberInboundSetting | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = PhoneNumberInboundSetting.from_dict(_inbound)

        phone_number_channel_settings = cls(
            voice=voice,
            sms=sms,
            inbound=inbound,
        )

        phone_number_channel_settings.additional_properties = d
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
