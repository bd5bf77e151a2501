from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PoolDuplicateRequest")


@_attrs_define
class PoolDuplicateRequest:
    name: str | Unset | None = UNSET
    """ Name of the copy; the server derives one from the source name when omitted. """
    copy_contacts: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name: str | Unset | None
        if isinstance(self.name, Unset):
            v_name = UNSET
        else:
            v_name = self.name

        v_copy_contacts = self.copy_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_copy_contacts is not UNSET:
            field_dict["copy_contacts"] = v_copy_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)

        v_copy_contacts = d.get("copy_contacts", UNSET)
        if v_copy_contacts is None:
            v_copy_contacts = unexpected_null("PoolDuplicateRequest.copy_contacts")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.copy_contacts = v_copy_contacts
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolDuplicateRequest")
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
        "name",
        "copy_contacts",
    )
)
