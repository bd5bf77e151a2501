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
        v_phone_number = self.phone_number

        v_channel = getattr(self.channel, "value", self.channel)

        v_name = self.name

        v_direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            v_direction = getattr(self.direction, "value", self.direction)

        v_sip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sip, Unset):
            v_sip = self.sip.to_dict() if isinstance(self.sip, PhoneNumberTrunkSip) else self.sip

        v_additional_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_settings, Unset):
            v_additional_settings = (
                self.additional_settings.to_dict()
                if isinstance(self.additional_settings, PhoneNumberTrunkUpdateRequestAdditionalSettings)
                else self.additional_settings
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number
        if not isinstance(v_channel, Unset):
            field_dict["channel"] = v_channel
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_direction is not UNSET:
            field_dict["direction"] = v_direction
        if v_sip is not UNSET:
            field_dict["sip"] = v_sip
        if v_additional_settings is not UNSET:
            field_dict["additional_settings"] = v_additional_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("PhoneNumberTrunkUpdateRequest.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("PhoneNumberTrunkUpdateRequest.phone_number")

        v_channel = d.get("channel", UNSET)
        if v_channel.__class__ is str:
            v_channel = _values_PhoneNumberTrunkUpdateRequestChannel.get(v_channel) or enum_value(
                PhoneNumberTrunkUpdateRequestChannel, v_channel, "PhoneNumberTrunkUpdateRequest.channel"
            )
        elif v_channel is UNSET:
            v_channel = missing("PhoneNumberTrunkUpdateRequest.channel")
        elif v_channel is None:
            v_channel = unexpected_null("PhoneNumberTrunkUpdateRequest.channel")
        elif v_channel is not UNSET and v_channel is not None:
            v_channel = mismatch(v_channel, "PhoneNumberTrunkUpdateRequest.channel")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("PhoneNumberTrunkUpdateRequest.name")

        v_direction = d.get("direction", UNSET)
        if v_direction.__class__ is str:
            v_direction = _values_PhoneNumberTrunkUpdateRequestDirection.get(v_direction) or enum_value(
                PhoneNumberTrunkUpdateRequestDirection, v_direction, "PhoneNumberTrunkUpdateRequest.direction"
            )
        elif v_direction is None:
            v_direction = unexpected_null("PhoneNumberTrunkUpdateRequest.direction")
        elif v_direction is not UNSET and v_direction is not None:
            v_direction = mismatch(v_direction, "PhoneNumberTrunkUpdateRequest.direction")

        v_sip = d.get("sip", UNSET)
        if v_sip.__class__ is dict:
            v_sip = _from_dict_PhoneNumberTrunkSip(v_sip)
        elif v_sip is None:
            v_sip = unexpected_null("PhoneNumberTrunkUpdateRequest.sip")
        elif v_sip is not UNSET and v_sip is not None:
            v_sip = mismatch(v_sip, "PhoneNumberTrunkUpdateRequest.sip")

        v_additional_settings = d.get("additional_settings", UNSET)
        if v_additional_settings.__class__ is dict:
            v_additional_settings = _from_dict_PhoneNumberTrunkUpdateRequestAdditionalSettings(v_additional_settings)
        elif v_additional_settings is None:
            v_additional_settings = unexpected_null("PhoneNumberTrunkUpdateRequest.additional_settings")
        elif v_additional_settings is not UNSET and v_additional_settings is not None:
            v_additional_settings = mismatch(v_additional_settings, "PhoneNumberTrunkUpdateRequest.additional_settings")

        _instance = new_instance(cls)
        _instance.phone_number = v_phone_number
        _instance.channel = v_channel
        _instance.name = v_name
        _instance.direction = v_direction
        _instance.sip = v_sip
        _instance.additional_settings = v_additional_settings
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkUpdateRequest")
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


_values_PhoneNumberTrunkUpdateRequestChannel = PhoneNumberTrunkUpdateRequestChannel._value2member_map_


_values_PhoneNumberTrunkUpdateRequestDirection = PhoneNumberTrunkUpdateRequestDirection._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
