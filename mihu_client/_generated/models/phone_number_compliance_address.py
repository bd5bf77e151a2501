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
        v_first_name = self.first_name

        v_last_name = self.last_name

        v_business_name = self.business_name

        v_phone_number = self.phone_number

        v_street_address = self.street_address

        v_extended_address = self.extended_address

        v_locality = self.locality

        v_administrative_area = self.administrative_area

        v_postal_code = self.postal_code

        v_country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_first_name is not UNSET:
            field_dict["first_name"] = v_first_name
        if v_last_name is not UNSET:
            field_dict["last_name"] = v_last_name
        if v_business_name is not UNSET:
            field_dict["business_name"] = v_business_name
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_street_address is not UNSET:
            field_dict["street_address"] = v_street_address
        if v_extended_address is not UNSET:
            field_dict["extended_address"] = v_extended_address
        if v_locality is not UNSET:
            field_dict["locality"] = v_locality
        if v_administrative_area is not UNSET:
            field_dict["administrative_area"] = v_administrative_area
        if v_postal_code is not UNSET:
            field_dict["postal_code"] = v_postal_code
        if v_country_code is not UNSET:
            field_dict["country_code"] = v_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_first_name = d.get("first_name", UNSET)
        if v_first_name is None:
            v_first_name = unexpected_null("PhoneNumberComplianceAddress.first_name")

        v_last_name = d.get("last_name", UNSET)
        if v_last_name is None:
            v_last_name = unexpected_null("PhoneNumberComplianceAddress.last_name")

        v_business_name = d.get("business_name", UNSET)
        if v_business_name is None:
            v_business_name = unexpected_null("PhoneNumberComplianceAddress.business_name")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("PhoneNumberComplianceAddress.phone_number")

        v_street_address = d.get("street_address", UNSET)
        if v_street_address is None:
            v_street_address = unexpected_null("PhoneNumberComplianceAddress.street_address")

        v_extended_address = d.get("extended_address", UNSET)
        if v_extended_address is None:
            v_extended_address = unexpected_null("PhoneNumberComplianceAddress.extended_address")

        v_locality = d.get("locality", UNSET)
        if v_locality is None:
            v_locality = unexpected_null("PhoneNumberComplianceAddress.locality")

        v_administrative_area = d.get("administrative_area", UNSET)
        if v_administrative_area is None:
            v_administrative_area = unexpected_null("PhoneNumberComplianceAddress.administrative_area")

        v_postal_code = d.get("postal_code", UNSET)
        if v_postal_code is None:
            v_postal_code = unexpected_null("PhoneNumberComplianceAddress.postal_code")

        v_country_code = d.get("country_code", UNSET)
        if v_country_code is None:
            v_country_code = unexpected_null("PhoneNumberComplianceAddress.country_code")

        _instance = new_instance(cls)
        _instance.first_name = v_first_name
        _instance.last_name = v_last_name
        _instance.business_name = v_business_name
        _instance.phone_number = v_phone_number
        _instance.street_address = v_street_address
        _instance.extended_address = v_extended_address
        _instance.locality = v_locality
        _instance.administrative_area = v_administrative_area
        _instance.postal_code = v_postal_code
        _instance.country_code = v_country_code
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberComplianceAddress")
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
