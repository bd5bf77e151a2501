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
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PoolContactsAddRequest")


@_attrs_define
class PoolContactsAddRequest:
    contact_uuids: list[UUID]
    priority: int | Unset | None = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.contact_uuids, list):
            v_contact_uuids = []
            for v_contact_uuids_item_data in self.contact_uuids:
                v_contact_uuids_item = (
                    str(v_contact_uuids_item_data)
                    if isinstance(v_contact_uuids_item_data, UUID)
                    else v_contact_uuids_item_data
                )
                v_contact_uuids.append(v_contact_uuids_item)
        else:
            v_contact_uuids = self.contact_uuids

        v_priority: int | Unset | None
        if isinstance(self.priority, Unset):
            v_priority = UNSET
        else:
            v_priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_contact_uuids, Unset):
            field_dict["contact_uuids"] = v_contact_uuids
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_contact_uuids = d.get("contact_uuids", UNSET)
        if v_contact_uuids.__class__ is list:
            v_contact_uuids = [
                parse_uuid(_i0, "PoolContactsAddRequest.contact_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "PoolContactsAddRequest.contact_uuids", False)
                for _i0 in v_contact_uuids
            ]
        elif v_contact_uuids is UNSET:
            v_contact_uuids = missing("PoolContactsAddRequest.contact_uuids")
        elif v_contact_uuids is None:
            v_contact_uuids = unexpected_null("PoolContactsAddRequest.contact_uuids")
        elif v_contact_uuids is not UNSET and v_contact_uuids is not None:
            v_contact_uuids = mismatch(v_contact_uuids, "PoolContactsAddRequest.contact_uuids")

        v_priority = d.get("priority", UNSET)

        _instance = new_instance(cls)
        _instance.contact_uuids = v_contact_uuids
        _instance.priority = v_priority
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolContactsAddRequest")
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
        "contact_uuids",
        "priority",
    )
)
