from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolContactsAddRequest")


@_attrs_define
class PoolContactsAddRequest:
    contact_uuids: list[UUID]
    priority: int | Unset | None = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_uuids = []
        for contact_uuids_item_data in self.contact_uuids:
            contact_uuids_item = str(contact_uuids_item_data)
            contact_uuids.append(contact_uuids_item)

        priority: int | Unset | None
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_uuids": contact_uuids,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_uuids = []
        _contact_uuids = d.pop("contact_uuids")
        for contact_uuids_item_data in _contact_uuids:
            contact_uuids_item = UUID(contact_uuids_item_data)

            contact_uuids.append(contact_uuids_item)

        def _parse_priority(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        pool_contacts_add_request = cls(
            contact_uuids=contact_uuids,
            priority=priority,
        )

        pool_contacts_add_request.additional_properties = d
        return pool_contacts_add_request

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
