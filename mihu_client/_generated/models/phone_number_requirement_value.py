from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumberRequirementValue")


@_attrs_define
class PhoneNumberRequirementValue:
    """Answer to one compliance requirement: a text value or an uploaded document id."""

    key: str | Unset = UNSET
    requirement_id: UUID | Unset = UNSET
    value: str | Unset | None = UNSET
    document_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        requirement_id: str | Unset = UNSET
        if not isinstance(self.requirement_id, Unset):
            requirement_id = str(self.requirement_id)

        value: str | Unset | None
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        document_id: str | Unset | None
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if requirement_id is not UNSET:
            field_dict["requirement_id"] = requirement_id
        if value is not UNSET:
            field_dict["value"] = value
        if document_id is not UNSET:
            field_dict["document_id"] = document_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _requirement_id = d.pop("requirement_id", UNSET)
        requirement_id: UUID | Unset
        if isinstance(_requirement_id, Unset):
            requirement_id = UNSET
        else:
            requirement_id = UUID(_requirement_id)

        def _parse_value(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_document_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))

        phone_number_requirement_value = cls(
            key=key,
            requirement_id=requirement_id,
            value=value,
            document_id=document_id,
        )

        phone_number_requirement_value.additional_properties = d
        return phone_number_requirement_value

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
