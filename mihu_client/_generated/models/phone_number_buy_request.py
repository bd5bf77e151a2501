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
        v_number = self.number

        v_country_code = self.country_code

        v_type_ = getattr(self.type_, "value", self.type_)

        v_monthly_fee = self.monthly_fee

        v_capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            v_capabilities = (
                self.capabilities.to_dict()
                if isinstance(self.capabilities, PhoneNumberBuyRequestCapabilities)
                else self.capabilities
            )

        v_location = self.location

        v_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            v_address = (
                self.address.to_dict() if isinstance(self.address, PhoneNumberComplianceAddress) else self.address
            )

        v_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            if isinstance(self.requirements, list):
                v_requirements = []
                for v_requirements_item_data in self.requirements:
                    v_requirements_item = (
                        v_requirements_item_data.to_dict()
                        if isinstance(v_requirements_item_data, PhoneNumberRequirementValue)
                        else v_requirements_item_data
                    )
                    v_requirements.append(v_requirements_item)
            else:
                v_requirements = self.requirements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_number, Unset):
            field_dict["number"] = v_number
        if not isinstance(v_country_code, Unset):
            field_dict["country_code"] = v_country_code
        if not isinstance(v_type_, Unset):
            field_dict["type"] = v_type_
        if v_monthly_fee is not UNSET:
            field_dict["monthly_fee"] = v_monthly_fee
        if v_capabilities is not UNSET:
            field_dict["capabilities"] = v_capabilities
        if v_location is not UNSET:
            field_dict["location"] = v_location
        if v_address is not UNSET:
            field_dict["address"] = v_address
        if v_requirements is not UNSET:
            field_dict["requirements"] = v_requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_number = d.get("number", UNSET)
        if v_number is UNSET:
            v_number = missing("PhoneNumberBuyRequest.number")
        if v_number is None:
            v_number = unexpected_null("PhoneNumberBuyRequest.number")

        v_country_code = d.get("country_code", UNSET)
        if v_country_code is UNSET:
            v_country_code = missing("PhoneNumberBuyRequest.country_code")
        if v_country_code is None:
            v_country_code = unexpected_null("PhoneNumberBuyRequest.country_code")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_PhoneNumberBuyRequestType.get(v_type_) or enum_value(
                PhoneNumberBuyRequestType, v_type_, "PhoneNumberBuyRequest.type"
            )
        elif v_type_ is UNSET:
            v_type_ = missing("PhoneNumberBuyRequest.type")
        elif v_type_ is None:
            v_type_ = unexpected_null("PhoneNumberBuyRequest.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "PhoneNumberBuyRequest.type")

        v_monthly_fee = d.get("monthly_fee", UNSET)
        if v_monthly_fee is None:
            v_monthly_fee = unexpected_null("PhoneNumberBuyRequest.monthly_fee")

        v_capabilities = d.get("capabilities", UNSET)
        if v_capabilities.__class__ is dict:
            v_capabilities = _from_dict_PhoneNumberBuyRequestCapabilities(v_capabilities)
        elif v_capabilities is None:
            v_capabilities = unexpected_null("PhoneNumberBuyRequest.capabilities")
        elif v_capabilities is not UNSET and v_capabilities is not None:
            v_capabilities = mismatch(v_capabilities, "PhoneNumberBuyRequest.capabilities")

        v_location = d.get("location", UNSET)
        if v_location is None:
            v_location = unexpected_null("PhoneNumberBuyRequest.location")

        v_address = d.get("address", UNSET)
        if v_address.__class__ is dict:
            v_address = _from_dict_PhoneNumberComplianceAddress(v_address)
        elif v_address is None:
            v_address = unexpected_null("PhoneNumberBuyRequest.address")
        elif v_address is not UNSET and v_address is not None:
            v_address = mismatch(v_address, "PhoneNumberBuyRequest.address")

        v_requirements = d.get("requirements", UNSET)
        if v_requirements.__class__ is list:
            v_requirements = [
                _from_dict_PhoneNumberRequirementValue(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "PhoneNumberBuyRequest.requirements", False)
                for _i0 in v_requirements
            ]
        elif v_requirements is None:
            v_requirements = unexpected_null("PhoneNumberBuyRequest.requirements")
        elif v_requirements is not UNSET and v_requirements is not None:
            v_requirements = mismatch(v_requirements, "PhoneNumberBuyRequest.requirements")

        _instance = new_instance(cls)
        _instance.number = v_number
        _instance.country_code = v_country_code
        _instance.type_ = v_type_
        _instance.monthly_fee = v_monthly_fee
        _instance.capabilities = v_capabilities
        _instance.location = v_location
        _instance.address = v_address
        _instance.requirements = v_requirements
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBuyRequest")
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


_values_PhoneNumberBuyRequestType = PhoneNumberBuyRequestType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
