from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    missing,
    new_instance,
    unexpected_null,
)

T = TypeVar("T", bound="ImportTableFromTextBody")


@_attrs_define
class ImportTableFromTextBody:
    name: str
    """ Table name. """
    data: str
    """ The pasted text content. """
    description: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_data = self.data

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_data, Unset):
            field_dict["data"] = v_data
        if v_description is not UNSET:
            field_dict["description"] = v_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("ImportTableFromTextBody.name")
        if v_name is None:
            v_name = unexpected_null("ImportTableFromTextBody.name")

        v_data = d.get("data", UNSET)
        if v_data is UNSET:
            v_data = missing("ImportTableFromTextBody.data")
        if v_data is None:
            v_data = unexpected_null("ImportTableFromTextBody.data")

        v_description = d.get("description", UNSET)

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.data = v_data
        _instance.description = v_description
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "data",
        "description",
    )
)
