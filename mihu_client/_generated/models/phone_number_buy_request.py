from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_buy_request_type import PhoneNumberBuyRequestType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_buy_request_capabilities import PhoneNumberBuyRequestCapabilities
    from ..models.phone_number_compliance_address import PhoneNumberComplianceAddress
    from ..models.phone_number_requirement_value import PhoneNumberRequirementValue


T = TypeVar("T", bound="PhoneNumberBuyRequest")


@_attrs_define
class PhoneNumberBuyRequest:
    number: str
    """ E.164 number picked from the search endpoint. """
    country_code: str
    """ ISO 3166-1 alpha-2 country of the number. """
    type_: PhoneNumberBuyRequestType
    """ Number category from the search result. """
    monthly_fee: float | Unset = UNSET
    """ Fee carried over from the search result (display only). """
    capabilities: PhoneNumberBuyRequestCapabilities | Unset = UNSET
    """ Capability flags copied from the search result. """
    location: str | Unset = UNSET
    """ Optional human label; defaults to the country code. """
    address: PhoneNumberComplianceAddress | Unset = UNSET
    """ Compliance address; every field optional, send what the carrier requires. """
    requirements: list[PhoneNumberRequirementValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        country_code = self.country_code

        type_ = getattr(self.type_, "value", self.type_)

        monthly_fee = self.monthly_fee

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict() if hasattr(self.capabilities, "to_dict") else self.capabilities

        location = self.location

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict() if hasattr(self.address, "to_dict") else self.address

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
        field_dict.update(
            {
                "number": number,
                "country_code": country_code,
                "type": type_,
            }
        )
        if monthly_fee is not UNSET:
            field_dict["monthly_fee"] = monthly_fee
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if location is not UNSET:
            field_dict["location"] = location
        if address is not UNSET:
            field_dict["address"] = address
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        number = d.get("number", UNSET)
        if number is UNSET:
            number = missing("PhoneNumberBuyRequest.number")
        if number is None:
            number = unexpected_null("PhoneNumberBuyRequest.number")

        country_code = d.get("country_code", UNSET)
        if country_code is UNSET:
            country_code = missing("PhoneNumberBuyRequest.country_code")
        if country_code is None:
            country_code = unexpected_null("PhoneNumberBuyRequest.country_code")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_PhoneNumberBuyRequestType.get(type_) or enum_value(
                PhoneNumberBuyRequestType, type_, "PhoneNumberBuyRequest.type"
            )
        elif type_ is UNSET:
            type_ = missing("PhoneNumberBuyRequest.type")
        elif type_ is None:
            type_ = unexpected_null("PhoneNumberBuyRequest.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "PhoneNumberBuyRequest.type")

        monthly_fee = d.get("monthly_fee", UNSET)
        if monthly_fee is None:
            monthly_fee = unexpected_null("PhoneNumberBuyRequest.monthly_fee")

        capabilities = d.get("capabilities", UNSET)
        if capabilities.__class__ is dict:
            capabilities = _from_dict_PhoneNumberBuyRequestCapabilities(capabilities)
        elif capabilities is None:
            capabilities = unexpected_null("PhoneNumberBuyRequest.capabilities")
        elif capabilities is not UNSET and capabilities is not None:
            capabilities = mismatch(capabilities, "PhoneNumberBuyRequest.capabilities")

        location = d.get("location", UNSET)
        if location is None:
            location = unexpected_null("PhoneNumberBuyRequest.location")

        address = d.get("address", UNSET)
        if address.__class__ is dict:
            address = _from_dict_PhoneNumberComplianceAddress(address)
        elif address is None:
            address = unexpected_null("PhoneNumberBuyRequest.address")
        elif address is not UNSET and address is not None:
            address = mismatch(address, "PhoneNumberBuyRequest.address")

        requirements = d.get("requirements", UNSET)
        if requirements.__class__ is list:
            requirements = [
                _from_dict_PhoneNumberRequirementValue(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "PhoneNumberBuyRequest.requirements", False)
                for _i0 in requirements
            ]
        elif requirements is None:
            requirements = unexpected_null("PhoneNumberBuyRequest.requirements")
        elif requirements is not UNSET and requirements is not None:
            requirements = mismatch(requirements, "PhoneNumberBuyRequest.requirements")

        phone_number_buy_request = new_instance(cls)
        phone_number_buy_request.number = number
        phone_number_buy_request.country_code = country_code
        phone_number_buy_request.type_ = type_
        phone_number_buy_request.monthly_fee = monthly_fee
        phone_number_buy_request.capabilities = capabilities
        phone_number_buy_request.location = location
        phone_number_buy_request.address = address
        phone_number_buy_request.requirements = requirements
        phone_number_buy_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBuyRequest")
        )
        return phone_number_buy_request

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


_values_PhoneNumberBuyRequestType = PhoneNumberBuyRequestType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "number",
        "country_code",
        "type",
        "monthly_fee",
        "capabilities",
        "location",
        "address",
        "requirements",
    )
)

from ..models.phone_number_buy_request_capabilities import PhoneNumberBuyRequestCapabilities
from ..models.phone_number_compliance_address import PhoneNumberComplianceAddress
from ..models.phone_number_requirement_value import PhoneNumberRequirementValue

_from_dict_PhoneNumberBuyRequestCapabilities = PhoneNumberBuyRequestCapabilities.from_dict


_from_dict_PhoneNumberComplianceAddress = PhoneNumberComplianceAddress.from_dict

_from_dict_PhoneNumberRequirementValue = PhoneNumberRequirementValue.from_dict
