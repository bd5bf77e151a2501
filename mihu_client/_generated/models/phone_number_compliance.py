from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_compliance_requirement import PhoneNumberComplianceRequirement


T = TypeVar("T", bound="PhoneNumberCompliance")


@_attrs_define
class PhoneNumberCompliance:
    status: str | Unset = UNSET
    """ Regulatory compliance state of the number; docs example 'completed' (other values not visible). """
    requirements: list[PhoneNumberComplianceRequirement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = []
            for requirements_item_data in self.requirements:
                requirements_item = (
                    requirements_item_data.to_dict()
                    if hasattr(requirements_item_data, "to_dict")
                    else requirements_item_data
                )
                requirements.append(requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("PhoneNumberCompliance.status")

        requirements = d.get("requirements", UNSET)
        if requirements.__class__ is list:
            requirements = [
                _from_dict_PhoneNumberComplianceRequirement(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "PhoneNumberCompliance.requirements", False)
                for _i0 in requirements
            ]
        elif requirements is None:
            requirements = unexpected_null("PhoneNumberCompliance.requirements")
        elif requirements is not UNSET and requirements is not None:
            requirements = mismatch(requirements, "PhoneNumberCompliance.requirements")

        phone_number_compliance = new_instance(cls)
        phone_number_compliance.status = status
        phone_number_compliance.requirements = requirements
        phone_number_compliance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberCompliance")
        )
        return phone_number_compliance

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
        "status",
        "requirements",
    )
)

from ..models.phone_number_compliance_requirement import PhoneNumberComplianceRequirement

_from_dict_PhoneNumberComplianceRequirement = PhoneNumberComplianceRequirement.from_dict
