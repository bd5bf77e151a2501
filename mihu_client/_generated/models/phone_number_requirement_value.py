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
            requirement_id = str(self.requirement_id) if isinstance(self.requirement_id, UUID) else self.requirement_id

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        key = d.get("key", UNSET)
        if key is None:
            key = unexpected_null("PhoneNumberRequirementValue.key")

        requirement_id = d.get("requirement_id", UNSET)
        if requirement_id.__class__ is str:
            requirement_id = parse_uuid(requirement_id, "PhoneNumberRequirementValue.requirement_id")
        elif requirement_id is None:
            requirement_id = unexpected_null("PhoneNumberRequirementValue.requirement_id")
        elif requirement_id is not UNSET and requirement_id is not None:
            requirement_id = mismatch(requirement_id, "PhoneNumberRequirementValue.requirement_id")

        value = d.get("value", UNSET)

        document_id = d.get("document_id", UNSET)

        phone_number_requirement_value = new_instance(cls)
        phone_number_requirement_value.key = key
        phone_number_requirement_value.requirement_id = requirement_id
        phone_number_requirement_value.value = value
        phone_number_requirement_value.document_id = document_id
        phone_number_requirement_value.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberRequirementValue")
        )
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


_FIELD_NAMES = frozenset(
    (
        "key",
        "requirement_id",
        "value",
        "document_id",
    )
)
