from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            agent_uuid = str(self.agent_uuid)

        connection_uuid: str | Unset = UNSET
        if not isinstance(self.connection_uuid, Unset):
            connection_uuid = str(self.connection_uuid)

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
        d = dict(src_dict)
        _agent_uuid = d.pop("agent_uuid", UNSET)
        agent_uuid: UUID | Unset
        if isinstance(_agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = UUID(_agent_uuid)

        _connection_uuid = d.pop("connection_uuid", UNSET)
        connection_uuid: UUID | Unset
        if isinstance(_connection_uuid, Unset):
            connection_uuid = UNSET
        else:
            connection_uuid = UUID(_connection_uuid)

        phone_number = d.pop("phone_number", UNSET)

        sip_trunk_assignment = cls(
            agent_uuid=agent_uuid,
            connection_uuid=connection_uuid,
            phone_number=phone_number,
        )

        sip_trunk_assignment.additional_properties = d
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
