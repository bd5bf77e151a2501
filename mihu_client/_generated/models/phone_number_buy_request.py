from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_buy_request_type import PhoneNumberBuyRequestType
from ..types import UNSET, Unset

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

        type_ = self.type_.value

        monthly_fee = self.monthly_fee

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        location = self.location

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = []
            for requirements_item_data in self.requirements:
                requirements_item = requirements_item_data.to_dict()
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
        from ..models.phone_number_buy_request_capabilities import PhoneNumberBuyRequestCapabilities
        from ..models.phone_number_compliance_address import PhoneNumberComplianceAddress
        from ..models.phone_number_requirement_value import PhoneNumberRequirementValue

        d = dict(src_dict)
        number = d.pop("number")

        country_code = d.pop("country_code")

        type_ = PhoneNumberBuyRequestType(d.pop("type"))

        monthly_fee = d.pop("monthly_fee", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: PhoneNumberBuyRequestCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = PhoneNumberBuyRequestCapabilities.from_dict(_capabilities)

        location = d.pop("location", UNSET)

        _address = d.pop("address", UNSET)
        address: PhoneNumberComplianceAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = PhoneNumberComplianceAddress.from_dict(_address)

        _requirements = d.pop("requirements", UNSET)
        requirements: list[PhoneNumberRequirementValue] | Unset = UNSET
        if _requirements is not UNSET:
            requirements = []
            for requirements_item_data in _requirements:
                requirements_item = PhoneNumberRequirementValue.from_dict(requirements_item_data)

                requirements.append(requirements_item)

        phone_number_buy_request = cls(
            number=number,
            country_code=country_code,
            type_=type_,
            monthly_fee=monthly_fee,
            capabilities=capabilities,
            location=location,
            address=address,
            requirements=requirements,
        )

        phone_number_buy_request.additional_properties = d
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
