from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_assign_request_channel import PhoneNumberTrunkAssignRequestChannel
from ..types import (
    UNSET,
    enum_value,
    mismatch,
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PhoneNumberTrunkAssignRequest")


@_attrs_define
class PhoneNumberTrunkAssignRequest:
    phone_number: str
    channel: PhoneNumberTrunkAssignRequestChannel
    agent_uuid: UUID
    """ New owner agent of the trunk. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        channel = getattr(self.channel, "value", self.channel)

        agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "channel": channel,
                "agent_uuid": agent_uuid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        phone_number = d.get("phone_number", UNSET)
        if phone_number is UNSET:
            phone_number = missing("PhoneNumberTrunkAssignRequest.phone_number")
        if phone_number is None:
            phone_number = unexpected_null("PhoneNumberTrunkAssignRequest.phone_number")

        channel = d.get("channel", UNSET)
        if channel.__class__ is str:
            channel = _values_PhoneNumberTrunkAssignRequestChannel.get(channel) or enum_value(
                PhoneNumberTrunkAssignRequestChannel, channel, "PhoneNumberTrunkAssignRequest.channel"
            )
        elif channel is UNSET:
            channel = missing("PhoneNumberTrunkAssignRequest.channel")
        elif channel is None:
            channel = unexpected_null("PhoneNumberTrunkAssignRequest.channel")
        elif channel is not UNSET and channel is not None:
            channel = mismatch(channel, "PhoneNumberTrunkAssignRequest.channel")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "PhoneNumberTrunkAssignRequest.agent_uuid")
        elif agent_uuid is UNSET:
            agent_uuid = missing("PhoneNumberTrunkAssignRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("PhoneNumberTrunkAssignRequest.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "PhoneNumberTrunkAssignRequest.agent_uuid")

        phone_number_trunk_assign_request = new_instance(cls)
        phone_number_trunk_assign_request.phone_number = phone_number
        phone_number_trunk_assign_request.channel = channel
        phone_number_trunk_assign_request.agent_uuid = agent_uuid
        phone_number_trunk_assign_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkAssignRequest")
        )
        return phone_number_trunk_assign_request

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


_values_PhoneNumberTrunkAssignRequestChannel = PhoneNumberTrunkAssignRequestChannel._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "phone_number",
        "channel",
        "agent_uuid",
    )
)
