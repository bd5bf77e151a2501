from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SipTrunkAssignRequest")


@_attrs_define
class SipTrunkAssignRequest:
    connection_uuid: UUID
    """ Existing SIP trunk connection. """
    force: bool | Unset = False
    """ Skip the phone_in_use collision check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_uuid = str(self.connection_uuid)

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
        d = dict(src_dict)
        connection_uuid = UUID(d.pop("connection_uuid"))

        force = d.pop("force", UNSET)

        sip_trunk_assign_request = cls(
            connection_uuid=connection_uuid,
            force=force,
        )

        sip_trunk_assign_request.additional_properties = d
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
