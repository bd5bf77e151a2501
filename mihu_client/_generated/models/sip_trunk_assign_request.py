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
        connection_uuid = str(self.connection_uuid) if isinstance(self.connection_uuid, UUID) else self.connection_uuid

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connection_uuid": connection_uuid,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        connection_uuid = d.get("connection_uuid", UNSET)
        if connection_uuid.__class__ is str:
            connection_uuid = parse_uuid(connection_uuid, "SipTrunkAssignRequest.connection_uuid")
        elif connection_uuid is UNSET:
            connection_uuid = missing("SipTrunkAssignRequest.connection_uuid")
        elif connection_uuid is None:
            connection_uuid = unexpected_null("SipTrunkAssignRequest.connection_uuid")
        elif connection_uuid is not UNSET and connection_uuid is not None:
            connection_uuid = mismatch(connection_uuid, "SipTrunkAssignRequest.connection_uuid")

        force = d.get("force", UNSET)
        if force is None:
            force = unexpected_null("SipTrunkAssignRequest.force")

        sip_trunk_assign_request = new_instance(cls)
        sip_trunk_assign_request.connection_uuid = connection_uuid
        sip_trunk_assign_request.force = force
        sip_trunk_assign_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkAssignRequest")
        )
        return sip_trunk_assign_request

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
        "connection_uuid",
        "force",
    )
)
