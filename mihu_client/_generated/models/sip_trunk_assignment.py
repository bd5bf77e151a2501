from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="SipTrunkAssignment")


@_attrs_define
class SipTrunkAssignment:
    agent_uuid: UUID | Unset = UNSET
    connection_uuid: UUID | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        connection_uuid: str | Unset = UNSET
        if not isinstance(self.connection_uuid, Unset):
            connection_uuid = (
                str(self.connection_uuid) if isinstance(self.connection_uuid, UUID) else self.connection_uuid
            )

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if connection_uuid is not UNSET:
            field_dict["connection_uuid"] = connection_uuid
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "SipTrunkAssignment.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("SipTrunkAssignment.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "SipTrunkAssignment.agent_uuid")

        connection_uuid = d.get("connection_uuid", UNSET)
        if connection_uuid.__class__ is str:
            connection_uuid = parse_uuid(connection_uuid, "SipTrunkAssignment.connection_uuid")
        elif connection_uuid is None:
            connection_uuid = unexpected_null("SipTrunkAssignment.connection_uuid")
        elif connection_uuid is not UNSET and connection_uuid is not None:
            connection_uuid = mismatch(connection_uuid, "SipTrunkAssignment.connection_uuid")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("SipTrunkAssignment.phone_number")

        sip_trunk_assignment = new_instance(cls)
        sip_trunk_assignment.agent_uuid = agent_uuid
        sip_trunk_assignment.connection_uuid = connection_uuid
        sip_trunk_assignment.phone_number = phone_number
        sip_trunk_assignment.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkAssignment")
        )
        return sip_trunk_assignment

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
        "agent_uuid",
        "connection_uuid",
        "phone_number",
    )
)
