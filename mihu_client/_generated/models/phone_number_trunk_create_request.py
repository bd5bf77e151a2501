from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_create_request_channel import PhoneNumberTrunkCreateRequestChannel
from ..models.phone_number_trunk_create_request_direction import PhoneNumberTrunkCreateRequestDirection
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_trunk_create_request_additional_settings import (
        PhoneNumberTrunkCreateRequestAdditionalSettings,
    )
    from ..models.phone_number_trunk_sip import PhoneNumberTrunkSip


T = TypeVar("T", bound="PhoneNumberTrunkCreateRequest")


@_attrs_define
class PhoneNumberTrunkCreateRequest:
    phone_number: str
    """ External number in E.164; must not be in purchased inventory or already bound on the channel. """
    agent_uuid: UUID
    """ Agent that will answer this trunk. """
    channel: PhoneNumberTrunkCreateRequestChannel
    """ Channel handled by this trunk row (one row per number+channel). """
    name: str | Unset = UNSET
    """ Label; defaults to {channel}_trunk_{digits}. """
    direction: PhoneNumberTrunkCreateRequestDirection | Unset = PhoneNumberTrunkCreateRequestDirection.BOTH
    """ Call channel only; ignored for WhatsApp. """
    sip: PhoneNumberTrunkSip | Unset = UNSET
    """ SIP credentials for a call-channel trunk; stored encrypted, never returned. """
    additional_settings: PhoneNumberTrunkCreateRequestAdditionalSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_phone_number = self.phone_number

        v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

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
                if isinstance(self.additional_settings, PhoneNumberTrunkCreateRequestAdditionalSettings)
                else self.additional_settings
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number
        if not isinstance(v_agent_uuid, Unset):
            field_dict["agent_uuid"] = v_agent_uuid
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
            v_phone_number = missing("PhoneNumberTrunkCreateRequest.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("PhoneNumberTrunkCreateRequest.phone_number")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "PhoneNumberTrunkCreateRequest.agent_uuid")
        elif v_agent_uuid is UNSET:
            v_agent_uuid = missing("PhoneNumberTrunkCreateRequest.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("PhoneNumberTrunkCreateRequest.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "PhoneNumberTrunkCreateRequest.agent_uuid")

        v_channel = d.get("channel", UNSET)
        if v_channel.__class__ is str:
            v_channel = _values_PhoneNumberTrunkCreateRequestChannel.get(v_channel) or enum_value(
                PhoneNumberTrunkCreateRequestChannel, v_channel, "PhoneNumberTrunkCreateRequest.channel"
            )
        elif v_channel is UNSET:
            v_channel = missing("PhoneNumberTrunkCreateRequest.channel")
        elif v_channel is None:
            v_channel = unexpected_null("PhoneNumberTrunkCreateRequest.channel")
        elif v_channel is not UNSET and v_channel is not None:
            v_channel = mismatch(v_channel, "PhoneNumberTrunkCreateRequest.channel")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("PhoneNumberTrunkCreateRequest.name")

        v_direction = d.get("direction", UNSET)
        if v_direction.__class__ is str:
            v_direction = _values_PhoneNumberTrunkCreateRequestDirection.get(v_direction) or enum_value(
                PhoneNumberTrunkCreateRequestDirection, v_direction, "PhoneNumberTrunkCreateRequest.direction"
            )
        elif v_direction is None:
            v_direction = unexpected_null("PhoneNumberTrunkCreateRequest.direction")
        elif v_direction is not UNSET and v_direction is not None:
            v_direction = mismatch(v_direction, "PhoneNumberTrunkCreateRequest.direction")

        v_sip = d.get("sip", UNSET)
        if v_sip.__class__ is dict:
            v_sip = _from_dict_PhoneNumberTrunkSip(v_sip)
        elif v_sip is None:
            v_sip = unexpected_null("PhoneNumberTrunkCreateRequest.sip")
        elif v_sip is not UNSET and v_sip is not None:
            v_sip = mismatch(v_sip, "PhoneNumberTrunkCreateRequest.sip")

        v_additional_settings = d.get("additional_settings", UNSET)
        if v_additional_settings.__class__ is dict:
            v_additional_settings = _from_dict_PhoneNumberTrunkCreateRequestAdditionalSettings(v_additional_settings)
        elif v_additional_settings is None:
            v_additional_settings = unexpected_null("PhoneNumberTrunkCreateRequest.additional_settings")
        elif v_additional_settings is not UNSET and v_additional_settings is not None:
            v_additional_settings = mismatch(v_additional_settings, "PhoneNumberTrunkCreateRequest.additional_settings")

        _instance = new_instance(cls)
        _instance.phone_number = v_phone_number
        _instance.agent_uuid = v_agent_uuid
        _instance.channel = v_channel
        _instance.name = v_name
        _instance.direction = v_direction
        _instance.sip = v_sip
        _instance.additional_settings = v_additional_settings
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkCreateRequest")
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


_values_PhoneNumberTrunkCreateRequestChannel = PhoneNumberTrunkCreateRequestChannel._value2member_map_


_values_PhoneNumberTrunkCreateRequestDirection = PhoneNumberTrunkCreateRequestDirection._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "phone_number",
        "agent_uuid",
        "channel",
        "name",
        "direction",
        "sip",
        "additional_settings",
    )
)

from ..models.phone_number_trunk_create_request_additional_settings import (
    PhoneNumberTrunkCreateRequestAdditionalSettings,
)
from ..models.phone_number_trunk_sip import PhoneNumberTrunkSip

_from_dict_PhoneNumberTrunkSip = PhoneNumberTrunkSip.from_dict

_from_dict_PhoneNumberTrunkCreateRequestAdditionalSettings = PhoneNumberTrunkCreateRequestAdditionalSettings.from_dict
