from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            call = self.call.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict()

        inbound: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound.to_dict()

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
        from ..models.phone_number_binding import PhoneNumberBinding
        from ..models.phone_number_channel_state import PhoneNumberChannelState
        from ..models.phone_number_inbound_setting import PhoneNumberInboundSetting

        d = dict(src_dict)
        _call = d.pop("call", UNSET)
        call: PhoneNumberChannelState | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = PhoneNumberChannelState.from_dict(_call)

        _sms = d.pop("sms", UNSET)
        sms: PhoneNumberChannelState | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = PhoneNumberChannelState.from_dict(_sms)

        _whatsapp = d.pop("whatsapp", UNSET)
        whatsapp: PhoneNumberBinding | Unset
        if isinstance(_whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = PhoneNumberBinding.from_dict(_whatsapp)

        _inbound = d.pop("inbound", UNSET)
        inbound: PhoneNumberInboundSetting | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = PhoneNumberInboundSetting.from_dict(_inbound)

        phone_number_channels_channels = cls(
            call=call,
            sms=sms,
            whatsapp=whatsapp,
            inbound=inbound,
        )

        phone_number_channels_channels.additional_properties = d
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
