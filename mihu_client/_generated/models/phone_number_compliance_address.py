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

T = TypeVar("T", bound="PhoneNumberComplianceAddress")


@_attrs_define
class PhoneNumberComplianceAddress:
    """Compliance address; every field optional, send what the carrier requires."""

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    business_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    street_address: str | Unset = UNSET
    extended_address: str | Unset = UNSET
    locality: str | Unset = UNSET
    administrative_area: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        business_name = self.business_name

        phone_number = self.phone_number

        street_address = self.street_address

        extended_address = self.extended_address

        locality = self.locality

        administrative_area = self.administrative_area

        postal_code = self.postal_code

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if business_name is not UNSET:
            field_dict["business_name"] = business_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if street_address is not UNSET:
            field_dict["street_address"] = street_address
        if extended_address is not UNSET:
            field_dict["extended_address"] = extended_address
        if locality is not UNSET:
            field_dict["locality"] = locality
        if administrative_area is not UNSET:
            field_dict["administrative_area"] = administrative_area
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        first_name = d.get("first_name", UNSET)
        if first_name is None:
            first_name = unexpected_null("PhoneNumberComplianceAddress.first_name")

        last_name = d.get("last_name", UNSET)
        if last_name is None:
            last_name = unexpected_null("PhoneNumberComplianceAddress.last_name")

        business_name = d.get("business_name", UNSET)
        if business_name is None:
            business_name = unexpected_null("PhoneNumberComplianceAddress.business_name")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("PhoneNumberComplianceAddress.phone_number")

        street_address = d.get("street_address", UNSET)
        if street_address is None:
            street_address = unexpected_null("PhoneNumberComplianceAddress.street_address")

        extended_address = d.get("extended_address", UNSET)
        if extended_address is None:
            extended_address = unexpected_null("PhoneNumberComplianceAddress.extended_address")

        locality = d.get("locality", UNSET)
        if locality is None:
            locality = unexpected_null("PhoneNumberComplianceAddress.locality")

        administrative_area = d.get("administrative_area", UNSET)
        if administrative_area is None:
            administrative_area = unexpected_null("PhoneNumberComplianceAddress.administrative_area")

        postal_code = d.get("postal_code", UNSET)
        if postal_code is None:
            postal_code = unexpected_null("PhoneNumberComplianceAddress.postal_code")

        country_code = d.get("country_code", UNSET)
        if country_code is None:
            country_code = unexpected_null("PhoneNumberComplianceAddress.country_code")

        phone_number_compliance_address = new_instance(cls)
        phone_number_compliance_address.first_name = first_name
        phone_number_compliance_address.last_name = last_name
        phone_number_compliance_address.business_name = business_name
        phone_number_compliance_address.phone_number = phone_number
        phone_number_compliance_address.street_address = street_address
        phone_number_compliance_address.extended_address = extended_address
        phone_number_compliance_address.locality = locality
        phone_number_compliance_address.administrative_area = administrative_area
        phone_number_compliance_address.postal_code = postal_code
        phone_number_compliance_address.country_code = country_code
        phone_number_compliance_address.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberComplianceAddress")
        )
        return phone_number_compliance_address

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
        "first_name",
        "last_name",
        "business_name",
        "phone_number",
        "street_address",
        "extended_address",
        "locality",
        "administrative_area",
        "postal_code",
        "country_code",
    )
)
