from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_update_request_channel import PhoneNumberTrunkUpdateRequestChannel
from ..models.phone_number_trunk_update_request_direction import PhoneNumberTrunkUpdateRequestDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_trunk_sip import PhoneNumberTrunkSip
    from ..models.phone_number_trunk_update_request_additional_settings import (
        PhoneNumberTrunkUpdateRequestAdditionalSettings,
    )


T = TypeVar("T", bound="PhoneNumberTrunkUpdateRequest")


@_attrs_define
class PhoneNumberTrunkUpdateRequest:
    phone_number: str
    """ Locates the trunk (with channel); not editable. """
    channel: PhoneNumberTrunkUpdateRequestChannel
    """ Locates the trunk; not editable. """
    name: str | Unset = UNSET
    direction: PhoneNumberTrunkUpdateRequestDirection | Unset = UNSET
    """ Call channel only. """
    sip: PhoneNumberTrunkSip | Unset = UNSET
    """ SIP credentials for a call-channel trunk; stored encrypted, never returned. """
    additional_settings: PhoneNumberTrunkUpdateRequestAdditionalSettings | Unset = UNSET
    """ Replaces the stored object; send {} to clear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        channel = self.channel.value

        name = self.name

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        sip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip, Unset):
            sip = self.sip.to_dict()

        additional_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_settings, Unset):
            additional_settings = self.additional_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "channel": channel,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if direction is not UNSET:
            field_dict["direction"] = direction
        if sip is not UNSET:
            field_dict["sip"] = sip
        if additional_settings is not UNSET:
            field_dict["additional_settings"] = additional_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_trunk_sip import PhoneNumberTrunkSip
        from ..models.phone_number_trunk_update_request_additional_settings import (
            PhoneNumberTrunkUpdateRequestAdditionalSettings,
        )

        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        channel = PhoneNumberTrunkUpdateRequestChannel(d.pop("channel"))

        name = d.pop("name", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: PhoneNumberTrunkUpdateRequestDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PhoneNumberTrunkUpdateRequestDirection(_direction)

        _sip = d.pop("sip", UNSET)
        sip: PhoneNumberTrunkSip | Unset
        if isinstance(_sip, Unset):
            sip = UNSET
        else:
            sip = PhoneNumberTrunkSip.from_dict(_sip)

        _additional_settings = d.pop("additional_settings", UNSET)
        additional_settings: PhoneNumberTrunkUpdateRequestAdditionalSettings | Unset
        if isinstance(_additional_settings, Unset):
            additional_settings = UNSET
        else:
            additional_settings = PhoneNumberTrunkUpdateRequestAdditionalSettings.from_dict(_additional_settings)

        phone_number_trunk_update_request = cls(
            phone_number=phone_number,
            channel=channel,
            name=name,
            direction=direction,
            sip=sip,
            additional_settings=additional_settings,
        )

        phone_number_trunk_update_request.additional_properties = d
        return phone_number_trunk_update_request

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
