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
        v_agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        v_connection_uuid: str | Unset = UNSET
        if not isinstance(self.connection_uuid, Unset):
            v_connection_uuid = (
                str(self.connection_uuid) if isinstance(self.connection_uuid, UUID) else self.connection_uuid
            )

        v_phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_connection_uuid is not UNSET:
            field_dict["connection_uuid"] = v_connection_uuid
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "SipTrunkAssignment.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("SipTrunkAssignment.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "SipTrunkAssignment.agent_uuid")

        v_connection_uuid = d.get("connection_uuid", UNSET)
        if v_connection_uuid.__class__ is str:
            v_connection_uuid = parse_uuid(v_connection_uuid, "SipTrunkAssignment.connection_uuid")
        elif v_connection_uuid is None:
            v_connection_uuid = unexpected_null("SipTrunkAssignment.connection_uuid")
        elif v_connection_uuid is not UNSET and v_connection_uuid is not None:
            v_connection_uuid = mismatch(v_connection_uuid, "SipTrunkAssignment.connection_uuid")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("SipTrunkAssignment.phone_number")

        _instance = new_instance(cls)
        _instance.agent_uuid = v_agent_uuid
        _instance.connection_uuid = v_connection_uuid
        _instance.phone_number = v_phone_number
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkAssignment")
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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "agent_uuid",
        "connection_uuid",
        "phone_number",
    )
)
