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
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="SipTrunkAssignRequest")


@_attrs_define
class SipTrunkAssignRequest:
    connection_uuid: UUID
    """ Existing SIP trunk connection. """
    force: bool | Unset = False
    """ Skip the phone_in_use collision check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_connection_uuid = (
            str(self.connection_uuid) if isinstance(self.connection_uuid, UUID) else self.connection_uuid
        )

        v_force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_connection_uuid, Unset):
            field_dict["connection_uuid"] = v_connection_uuid
        if v_force is not UNSET:
            field_dict["force"] = v_force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_connection_uuid = d.get("connection_uuid", UNSET)
        if v_connection_uuid.__class__ is str:
            v_connection_uuid = parse_uuid(v_connection_uuid, "SipTrunkAssignRequest.connection_uuid")
        elif v_connection_uuid is UNSET:
            v_connection_uuid = missing("SipTrunkAssignRequest.connection_uuid")
        elif v_connection_uuid is None:
            v_connection_uuid = unexpected_null("SipTrunkAssignRequest.connection_uuid")
        elif v_connection_uuid is not UNSET and v_connection_uuid is not None:
            v_connection_uuid = mismatch(v_connection_uuid, "SipTrunkAssignRequest.connection_uuid")

        v_force = d.get("force", UNSET)
        if v_force is None:
            v_force = unexpected_null("SipTrunkAssignRequest.force")

        _instance = new_instance(cls)
        _instance.connection_uuid = v_connection_uuid
        _instance.force = v_force
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkAssignRequest")
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
        "connection_uuid",
        "force",
    )
)
