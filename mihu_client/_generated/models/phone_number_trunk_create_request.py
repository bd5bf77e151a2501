from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_create_request_channel import PhoneNumberTrunkCreateRequestChannel
from ..models.phone_number_trunk_create_request_direction import PhoneNumberTrunkCreateRequestDirection
from ..types import UNSET, Unset, mismatch, missing, parse_uuid, unexpected_null

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
        if agent_uuid is UNSET:
            agent_uuid = missing("PhoneNumberTrunkCreateRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("PhoneNumberTrunkCreateRequest.agent_uuid")
        else:
            agent_uuid = parse_uuid(agent_uuid, "PhoneNumberTrunkCreateRequest.agent_uuid")

        channel = d.get("channel", UNSET)
        if channel is UNSET:
            channel = missing("PhoneNumberTrunkCreateRequest.channel")
        elif channel is None:
            channel = unexpected_null("PhoneNumberTrunkCreateRequest.channel")
        else:
            try:
                channel = PhoneNumberTrunkCreateRequestChannel(channel)
            except ValueError:
                channel = mismatch(channel, "PhoneNumberTrunkCreateRequest.channel")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PhoneNumberTrunkCreateRequest.name")

        direction = d.get("direction", UNSET)
        if direction is UNSET:
            pass
        elif direction is None:
            direction = unexpected_null("PhoneNumberTrunkCreateRequest.direction")
        else:
            try:
                direction = PhoneNumberTrunkCreateRequestDirection(direction)
            except ValueError:
                direction = mismatch(direction, "PhoneNumberTrunkCreateRequest.direction")

        sip = d.get("sip", UNSET)
        if sip is UNSET:
            pass
        elif sip is None:
            sip = unexpected_null("PhoneNumberTrunkCreateRequest.sip")
        else:
            if sip.__class__ is dict:
                sip = PhoneNumberTrunkSip.from_dict(sip)
            else:
                sip = mismatch(sip, "PhoneNumberTrunkCreateRequest.sip")

        additional_settings = d.get("additional_settings", UNSET)
        if additional_settings is UNSET:
            pass
        elif additional_settings is None:
            additional_settings = unexpected_null("PhoneNumberTrunkCreateRequest.additional_settings")
        else:
            if additional_settings.__class__ is dict:
                additional_settings = PhoneNumberTrunkCreateRequestAdditionalSettings.from_dict(additional_settings)
            else:
                additional_settings = mismatch(additional_settings, "PhoneNumberTrunkCreateRequest.additional_settings")

        phone_number_trunk_create_request = cls(
            phone_number=phone_number,
            agent_uuid=agent_uuid,
            channel=channel,
            name=name,
            direction=direction,
            sip=sip,
            additional_settings=additional_settings,
        )
        if len(d) > 7 or not d.keys() <= _FIELD_NAMES:
            phone_number_trunk_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELD_NAMES
            }
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
