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
        v_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            v_voice = self.voice.to_dict() if isinstance(self.voice, PhoneNumberOutboundChannelSetting) else self.voice

        v_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            v_sms = self.sms.to_dict() if isinstance(self.sms, PhoneNumberOutboundChannelSetting) else self.sms

        v_inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            v_inbound = self.inbound.to_dict() if isinstance(self.inbound, PhoneNumberInboundSetting) else self.inbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_voice is not UNSET:
            field_dict["voice"] = v_voice
        if v_sms is not UNSET:
            field_dict["sms"] = v_sms
        if v_inbound is not UNSET:
            field_dict["inbound"] = v_inbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_voice = d.get("voice", UNSET)
        if v_voice.__class__ is dict:
            v_voice = _from_dict_PhoneNumberOutboundChannelSetting(v_voice)
        elif v_voice is None:
            v_voice = unexpected_null("PhoneNumberChannelSettings.voice")
        elif v_voice is not UNSET and v_voice is not None:
            v_voice = mismatch(v_voice, "PhoneNumberChannelSettings.voice")

        v_sms = d.get("sms", UNSET)
        if v_sms.__class__ is dict:
            v_sms = _from_dict_PhoneNumberOutboundChannelSetting(v_sms)
        elif v_sms is None:
            v_sms = unexpected_null("PhoneNumberChannelSettings.sms")
        elif v_sms is not UNSET and v_sms is not None:
            v_sms = mismatch(v_sms, "PhoneNumberChannelSettings.sms")

        v_inbound = d.get("inbound", UNSET)
        if v_inbound.__class__ is dict:
            v_inbound = _from_dict_PhoneNumberInboundSetting(v_inbound)
        elif v_inbound is None:
            v_inbound = unexpected_null("PhoneNumberChannelSettings.inbound")
        elif v_inbound is not UNSET and v_inbound is not None:
            v_inbound = mismatch(v_inbound, "PhoneNumberChannelSettings.inbound")

        _instance = new_instance(cls)
        _instance.voice = v_voice
        _instance.sms = v_sms
        _instance.inbound = v_inbound
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberChannelSettings")
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
