from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_update_request_channel import PhoneNumberTrunkUpdateRequestChannel
from ..models.phone_number_trunk_update_request_direction import PhoneNumberTrunkUpdateRequestDirection
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

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

        channel = getattr(self.channel, "value", self.channel)

        name = self.name

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = getattr(self.direction, "value", self.direction)

        sip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip, Unset):
            sip = self.sip.to_dict() if hasattr(self.sip, "to_dict") else self.sip

        additional_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_settings, Unset):
            additional_settings = (
                self.additional_settings.to_dict()
                if hasattr(self.additional_settings, "to_dict")
                else self.additional_settings
            )

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        phone_number = d.get("phone_number", UNSET)
        if phone_number is UNSET:
            phone_number = missing("PhoneNumberTrunkUpdateRequest.phone_number")
        if phone_number is None:
            phone_number = unexpected_null("PhoneNumberTrunkUpdateRequest.phone_number")

        channel = d.get("channel", UNSET)
        if channel.__class__ is str:
            channel = _values_PhoneNumberTrunkUpdateRequestChannel.get(channel) or enum_value(
                PhoneNumberTrunkUpdateRequestChannel, channel, "PhoneNumberTrunkUpdateRequest.channel"
            )
        elif channel is UNSET:
            channel = missing("PhoneNumberTrunkUpdateRequest.channel")
        elif channel is None:
            channel = unexpected_null("PhoneNumberTrunkUpdateRequest.channel")
        elif channel is not UNSET and channel is not None:
            channel = mismatch(channel, "PhoneNumberTrunkUpdateRequest.channel")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PhoneNumberTrunkUpdateRequest.name")

        direction = d.get("direction", UNSET)
        if direction.__class__ is str:
            direction = _values_PhoneNumberTrunkUpdateRequestDirection.get(direction) or enum_value(
                PhoneNumberTrunkUpdateRequestDirection, direction, "PhoneNumberTrunkUpdateRequest.direction"
            )
        elif direction is None:
            direction = unexpected_null("PhoneNumberTrunkUpdateRequest.direction")
        elif direction is not UNSET and direction is not None:
            direction = mismatch(direction, "PhoneNumberTrunkUpdateRequest.direction")

        sip = d.get("sip", UNSET)
        if sip.__class__ is dict:
            sip = _from_dict_PhoneNumberTrunkSip(sip)
        elif sip is None:
            sip = unexpected_null("PhoneNumberTrunkUpdateRequest.sip")
        elif sip is not UNSET and sip is not None:
            sip = mismatch(sip, "PhoneNumberTrunkUpdateRequest.sip")

        additional_settings = d.get("additional_settings", UNSET)
        if additional_settings.__class__ is dict:
            additional_settings = _from_dict_PhoneNumberTrunkUpdateRequestAdditionalSettings(additional_settings)
        elif additional_settings is None:
            additional_settings = unexpected_null("PhoneNumberTrunkUpdateRequest.additional_settings")
        elif additional_settings is not UNSET and additional_settings is not None:
            additional_settings = mismatch(additional_settings, "PhoneNumberTrunkUpdateRequest.additional_settings")

        phone_number_trunk_update_request = new_instance(cls)
        phone_number_trunk_update_request.phone_number = phone_number
        phone_number_trunk_update_request.channel = channel
        phone_number_trunk_update_request.name = name
        phone_number_trunk_update_request.direction = direction
        phone_number_trunk_update_request.sip = sip
        phone_number_trunk_update_request.additional_settings = additional_settings
        phone_number_trunk_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkUpdateRequest")
        )
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


_values_PhoneNumberTrunkUpdateRequestChannel = PhoneNumberTrunkUpdateRequestChannel._value2member_map_


_values_PhoneNumberTrunkUpdateRequestDirection = PhoneNumberTrunkUpdateRequestDirection._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "phone_number",
        "channel",
        "name",
        "direction",
        "sip",
        "additional_settings",
    )
)

from ..models.phone_number_trunk_sip import PhoneNumberTrunkSip
from ..models.phone_number_trunk_update_request_additional_settings import (
    PhoneNumberTrunkUpdateRequestAdditionalSettings,
)

_from_dict_PhoneNumberTrunkSip = PhoneNumberTrunkSip.from_dict

_from_dict_PhoneNumberTrunkUpdateRequestAdditionalSettings = PhoneNumberTrunkUpdateRequestAdditionalSettings.from_dict
