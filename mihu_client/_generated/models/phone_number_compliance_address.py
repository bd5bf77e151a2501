from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        business_name = d.pop("business_name", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        street_address = d.pop("street_address", UNSET)

        extended_address = d.pop("extended_address", UNSET)

        locality = d.pop("locality", UNSET)

        administrative_area = d.pop("administrative_area", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        country_code = d.pop("country_code", UNSET)

        phone_number_compliance_address = cls(
            first_name=first_name,
            last_name=last_name,
            business_name=business_name,
            phone_number=phone_number,
            street_address=street_address,
            extended_address=extended_address,
            locality=locality,
            administrative_area=administrative_area,
            postal_code=postal_code,
            country_code=country_code,
        )

        phone_number_compliance_address.additional_properties = d
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
