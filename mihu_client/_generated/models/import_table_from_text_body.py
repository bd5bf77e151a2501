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
        name = self.name

        data = self.data

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data": data,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("ImportTableFromTextBody.name")
        if name is None:
            name = unexpected_null("ImportTableFromTextBody.name")

        data = d.get("data", UNSET)
        if data is UNSET:
            data = missing("ImportTableFromTextBody.data")
        if data is None:
            data = unexpected_null("ImportTableFromTextBody.data")

        description = d.get("description", UNSET)

        import_table_from_text_body = new_instance(cls)
        import_table_from_text_body.name = name
        import_table_from_text_body.data = data
        import_table_from_text_body.description = description
        import_table_from_text_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return import_table_from_text_body

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
        "name",
        "data",
        "description",
    )
)
