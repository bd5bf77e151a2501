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
        phone_number = self.phone_number

        agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

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
                "agent_uuid": agent_uuid,
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
            phone_number = missing("PhoneNumberTrunkCreateRequest.phone_number")
        if phone_number is None:
            phone_number = unexpected_null("PhoneNumberTrunkCreateRequest.phone_number")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "PhoneNumberTrunkCreateRequest.agent_uuid")
        elif agent_uuid is UNSET:
            agent_uuid = missing("PhoneNumberTrunkCreateRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("PhoneNumberTrunkCreateRequest.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "PhoneNumberTrunkCreateRequest.agent_uuid")

        channel = d.get("channel", UNSET)
        if channel.__class__ is str:
            channel = _values_PhoneNumberTrunkCreateRequestChannel.get(channel) or enum_value(
                PhoneNumberTrunkCreateRequestChannel, channel, "PhoneNumberTrunkCreateRequest.channel"
            )
        elif channel is UNSET:
            channel = missing("PhoneNumberTrunkCreateRequest.channel")
        elif channel is None:
            channel = unexpected_null("PhoneNumberTrunkCreateRequest.channel")
        elif channel is not UNSET and channel is not None:
            channel = mismatch(channel, "PhoneNumberTrunkCreateRequest.channel")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PhoneNumberTrunkCreateRequest.name")

        direction = d.get("direction", UNSET)
        if direction.__class__ is str:
            direction = _values_PhoneNumberTrunkCreateRequestDirection.get(direction) or enum_value(
                PhoneNumberTrunkCreateRequestDirection, direction, "PhoneNumberTrunkCreateRequest.direction"
            )
        elif direction is None:
            direction = unexpected_null("PhoneNumberTrunkCreateRequest.direction")
        elif direction is not UNSET and direction is not None:
            direction = mismatch(direction, "PhoneNumberTrunkCreateRequest.direction")

        sip = d.get("sip", UNSET)
        if sip.__class__ is dict:
            sip = _from_dict_PhoneNumberTrunkSip(sip)
        elif sip is None:
            sip = unexpected_null("PhoneNumberTrunkCreateRequest.sip")
        elif sip is not UNSET and sip is not None:
            sip = mismatch(sip, "PhoneNumberTrunkCreateRequest.sip")

        additional_settings = d.get("additional_settings", UNSET)
        if additional_settings.__class__ is dict:
            additional_settings = _from_dict_PhoneNumberTrunkCreateRequestAdditionalSettings(additional_settings)
        elif additional_settings is None:
            additional_settings = unexpected_null("PhoneNumberTrunkCreateRequest.additional_settings")
        elif additional_settings is not UNSET and additional_settings is not None:
            additional_settings = mismatch(additional_settings, "PhoneNumberTrunkCreateRequest.additional_settings")

        phone_number_trunk_create_request = new_instance(cls)
        phone_number_trunk_create_request.phone_number = phone_number
        phone_number_trunk_create_request.agent_uuid = agent_uuid
        phone_number_trunk_create_request.channel = channel
        phone_number_trunk_create_request.name = name
        phone_number_trunk_create_request.direction = direction
        phone_number_trunk_create_request.sip = sip
        phone_number_trunk_create_request.additional_settings = additional_settings
        phone_number_trunk_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkCreateRequest")
        )
        return phone_number_trunk_create_request

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


_FIELD_NAMES = frozenset(
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
