from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_trunk_assign_request_channel import PhoneNumberTrunkAssignRequestChannel
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

T = TypeVar("T", bound="PhoneNumberTrunkAssignRequest")


@_attrs_define
class PhoneNumberTrunkAssignRequest:
    phone_number: str
    channel: PhoneNumberTrunkAssignRequestChannel
    agent_uuid: UUID
    """ New owner agent of the trunk. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_phone_number = self.phone_number

        v_channel = getattr(self.channel, "value", self.channel)

        v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number
        if not isinstance(v_channel, Unset):
            field_dict["channel"] = v_channel
        if not isinstance(v_agent_uuid, Unset):
            field_dict["agent_uuid"] = v_agent_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("PhoneNumberTrunkAssignRequest.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("PhoneNumberTrunkAssignRequest.phone_number")

        v_channel = d.get("channel", UNSET)
        if v_channel.__class__ is str:
            v_channel = _values_PhoneNumberTrunkAssignRequestChannel.get(v_channel) or enum_value(
                PhoneNumberTrunkAssignRequestChannel, v_channel, "PhoneNumberTrunkAssignRequest.channel"
            )
        elif v_channel is UNSET:
            v_channel = missing("PhoneNumberTrunkAssignRequest.channel")
        elif v_channel is None:
            v_channel = unexpected_null("PhoneNumberTrunkAssignRequest.channel")
        elif v_channel is not UNSET and v_channel is not None:
            v_channel = mismatch(v_channel, "PhoneNumberTrunkAssignRequest.channel")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "PhoneNumberTrunkAssignRequest.agent_uuid")
        elif v_agent_uuid is UNSET:
            v_agent_uuid = missing("PhoneNumberTrunkAssignRequest.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("PhoneNumberTrunkAssignRequest.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "PhoneNumberTrunkAssignRequest.agent_uuid")

        _instance = new_instance(cls)
        _instance.phone_number = v_phone_number
        _instance.channel = v_channel
        _instance.agent_uuid = v_agent_uuid
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkAssignRequest")
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


_values_PhoneNumberTrunkAssignRequestChannel = PhoneNumberTrunkAssignRequestChannel._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "phone_number",
        "channel",
        "agent_uuid",
    )
)
