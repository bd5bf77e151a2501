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

T = TypeVar("T", bound="PhoneNumberComplianceRequirement")


@_attrs_define
class PhoneNumberComplianceRequirement:
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Requirement kind; docs example shows 'textual' (probably an enum whose other values were not visible). """
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PhoneNumberComplianceRequirement.name")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("PhoneNumberComplianceRequirement.type")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("PhoneNumberComplianceRequirement.description")

        phone_number_compliance_requirement = new_instance(cls)
        phone_number_compliance_requirement.name = name
        phone_number_compliance_requirement.type_ = type_
        phone_number_compliance_requirement.description = description
        phone_number_compliance_requirement.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberComplianceRequirement")
        )
        return phone_number_compliance_requirement

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
        "type",
        "description",
    )
)
