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
    from ..models.phone_number_binding import PhoneNumberBinding
    from ..models.phone_number_channel_state import PhoneNumberChannelState
    from ..models.phone_number_inbound_setting import PhoneNumberInboundSetting


T = TypeVar("T", bound="PhoneNumberChannelsChannels")


@_attrs_define
class PhoneNumberChannelsChannels:
    call: PhoneNumberChannelState | Unset = UNSET
    """ Capability, enabled state and agent binding of one channel. """
    sms: PhoneNumberChannelState | Unset = UNSET
    """ Capability, enabled state and agent binding of one channel. """
    whatsapp: PhoneNumberBinding | Unset = UNSET
    """ Which agent (if any) is wired to the number on one channel. """
    inbound: PhoneNumberInboundSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict() if hasattr(self.call, "to_dict") else self.call

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict() if hasattr(self.sms, "to_dict") else self.sms

        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict() if hasattr(self.whatsapp, "to_dict") else self.whatsapp

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict() if hasattr(self.inbound, "to_dict") else self.inbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call is not UNSET:
            field_dict["call"] = call
        if sms is not UNSET:
            field_dict["sms"] = sms
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if inbound is not UNSET:
            field_dict["inbound"] = inbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        call = d.get("call", UNSET)
        if call.__class__ is dict:
            call = _from_dict_PhoneNumberChannelState(call)
        elif call is None:
            call = unexpected_null("PhoneNumberChannelsChannels.call")
        elif call is not UNSET and call is not None:
            call = mismatch(call, "PhoneNumberChannelsChannels.call")

        sms = d.get("sms", UNSET)
        if sms.__class__ is dict:
            sms = _from_dict_PhoneNumberChannelState(sms)
        elif sms is None:
            sms = unexpected_null("PhoneNumberChannelsChannels.sms")
        elif sms is not UNSET and sms is not None:
            sms = mismatch(sms, "PhoneNumberChannelsChannels.sms")

        whatsapp = d.get("whatsapp", UNSET)
        if whatsapp.__class__ is dict:
            whatsapp = _from_dict_PhoneNumberBinding(whatsapp)
        elif whatsapp is None:
            whatsapp = unexpected_null("PhoneNumberChannelsChannels.whatsapp")
        elif whatsapp is not UNSET and whatsapp is not None:
            whatsapp = mismatch(whatsapp, "PhoneNumberChannelsChannels.whatsapp")

        inbound = d.get("inbound", UNSET)
        if inbound.__class__ is dict:
            inbound = _from_dict_PhoneNumberInboundSetting(inbound)
        elif inbound is None:
            inbound = unexpected_null("PhoneNumberChannelsChannels.inbound")
        elif inbound is not UNSET and inbound is not None:
            inbound = mismatch(inbound, "PhoneNumberChannelsChannels.inbound")

        phone_number_channels_channels = new_instance(cls)
        phone_number_channels_channels.call = call
        phone_number_channels_channels.sms = sms
        phone_number_channels_channels.whatsapp = whatsapp
        phone_number_channels_channels.inbound = inbound
        phone_number_channels_channels.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberChannelsChannels")
        )
        return phone_number_channels_channels

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
        "call",
        "sms",
        "whatsapp",
        "inbound",
    )
)

from ..models.phone_number_binding import PhoneNumberBinding
from ..models.phone_number_channel_state import PhoneNumberChannelState
from ..models.phone_number_inbound_setting import PhoneNumberInboundSetting

_from_dict_PhoneNumberChannelState = PhoneNumberChannelState.from_dict

_from_dict_PhoneNumberChannelState = PhoneNumberChannelState.from_dict

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict

_from_dict_PhoneNumberInboundSetting = PhoneNumberInboundSetting.from_dict
