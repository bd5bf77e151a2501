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
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.phone_number_rate_price import PhoneNumberRatePrice


T = TypeVar("T", bound="PhoneNumberRate")


@_attrs_define
class PhoneNumberRate:
    country_code: str | Unset = UNSET
    country_name: str | Unset = UNSET
    destination_prefix: str | Unset = UNSET
    origination: str | Unset = UNSET
    description: str | Unset = UNSET
    min_duration_seconds: int | Unset = UNSET
    billing_increment_seconds: int | Unset = UNSET
    price: PhoneNumberRatePrice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        country_name = self.country_name

        destination_prefix = self.destination_prefix

        origination = self.origination

        description = self.description

        min_duration_seconds = self.min_duration_seconds

        billing_increment_seconds = self.billing_increment_seconds

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict() if hasattr(self.price, "to_dict") else self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if destination_prefix is not UNSET:
            field_dict["destination_prefix"] = destination_prefix
        if origination is not UNSET:
            field_dict["origination"] = origination
        if description is not UNSET:
            field_dict["description"] = description
        if min_duration_seconds is not UNSET:
            field_dict["min_duration_seconds"] = min_duration_seconds
        if billing_increment_seconds is not UNSET:
            field_dict["billing_increment_seconds"] = billing_increment_seconds
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        country_code = d.get("country_code", UNSET)
        if country_code is None:
            country_code = unexpected_null("PhoneNumberRate.country_code")

        country_name = d.get("country_name", UNSET)
        if country_name is None:
            country_name = unexpected_null("PhoneNumberRate.country_name")

        destination_prefix = d.get("destination_prefix", UNSET)
        if destination_prefix is None:
            destination_prefix = unexpected_null("PhoneNumberRate.destination_prefix")

        origination = d.get("origination", UNSET)
        if origination is None:
            origination = unexpected_null("PhoneNumberRate.origination")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("PhoneNumberRate.description")

        min_duration_seconds = d.get("min_duration_seconds", UNSET)
        if min_duration_seconds is None:
            min_duration_seconds = unexpected_null("PhoneNumberRate.min_duration_seconds")

        billing_increment_seconds = d.get("billing_increment_seconds", UNSET)
        if billing_increment_seconds is None:
            billing_increment_seconds = unexpected_null("PhoneNumberRate.billing_increment_seconds")

        price = d.get("price", UNSET)
        if price.__class__ is dict:
            price = _from_dict_PhoneNumberRatePrice(price)
        elif price is None:
            price = unexpected_null("PhoneNumberRate.price")
        elif price is not UNSET and price is not None:
            price = mismatch(price, "PhoneNumberRate.price")

        phone_number_rate = new_instance(cls)
        phone_number_rate.country_code = country_code
        phone_number_rate.country_name = country_name
        phone_number_rate.destination_prefix = destination_prefix
        phone_number_rate.origination = origination
        phone_number_rate.description = description
        phone_number_rate.min_duration_seconds = min_duration_seconds
        phone_number_rate.billing_increment_seconds = billing_increment_seconds
        phone_number_rate.price = price
        phone_number_rate.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberRate")
        )
        return phone_number_rate

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
        "country_code",
        "country_name",
        "destination_prefix",
        "origination",
        "description",
        "min_duration_seconds",
        "billing_increment_seconds",
        "price",
    )
)

from ..models.phone_number_rate_price import PhoneNumberRatePrice

_from_dict_PhoneNumberRatePrice = PhoneNumberRatePrice.from_dict
