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
        v_country_code = self.country_code

        v_country_name = self.country_name

        v_destination_prefix = self.destination_prefix

        v_origination = self.origination

        v_description = self.description

        v_min_duration_seconds = self.min_duration_seconds

        v_billing_increment_seconds = self.billing_increment_seconds

        v_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            v_price = self.price.to_dict() if isinstance(self.price, PhoneNumberRatePrice) else self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_country_code is not UNSET:
            field_dict["country_code"] = v_country_code
        if v_country_name is not UNSET:
            field_dict["country_name"] = v_country_name
        if v_destination_prefix is not UNSET:
            field_dict["destination_prefix"] = v_destination_prefix
        if v_origination is not UNSET:
            field_dict["origination"] = v_origination
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_min_duration_seconds is not UNSET:
            field_dict["min_duration_seconds"] = v_min_duration_seconds
        if v_billing_increment_seconds is not UNSET:
            field_dict["billing_increment_seconds"] = v_billing_increment_seconds
        if v_price is not UNSET:
            field_dict["price"] = v_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_country_code = d.get("country_code", UNSET)
        if v_country_code is None:
            v_country_code = unexpected_null("PhoneNumberRate.country_code")

        v_country_name = d.get("country_name", UNSET)
        if v_country_name is None:
            v_country_name = unexpected_null("PhoneNumberRate.country_name")

        v_destination_prefix = d.get("destination_prefix", UNSET)
        if v_destination_prefix is None:
            v_destination_prefix = unexpected_null("PhoneNumberRate.destination_prefix")

        v_origination = d.get("origination", UNSET)
        if v_origination is None:
            v_origination = unexpected_null("PhoneNumberRate.origination")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("PhoneNumberRate.description")

        v_min_duration_seconds = d.get("min_duration_seconds", UNSET)
        if v_min_duration_seconds is None:
            v_min_duration_seconds = unexpected_null("PhoneNumberRate.min_duration_seconds")

        v_billing_increment_seconds = d.get("billing_increment_seconds", UNSET)
        if v_billing_increment_seconds is None:
            v_billing_increment_seconds = unexpected_null("PhoneNumberRate.billing_increment_seconds")

        v_price = d.get("price", UNSET)
        if v_price.__class__ is dict:
            v_price = _from_dict_PhoneNumberRatePrice(v_price)
        elif v_price is None:
            v_price = unexpected_null("PhoneNumberRate.price")
        elif v_price is not UNSET and v_price is not None:
            v_price = mismatch(v_price, "PhoneNumberRate.price")

        _instance = new_instance(cls)
        _instance.country_code = v_country_code
        _instance.country_name = v_country_name
        _instance.destination_prefix = v_destination_prefix
        _instance.origination = v_origination
        _instance.description = v_description
        _instance.min_duration_seconds = v_min_duration_seconds
        _instance.billing_increment_seconds = v_billing_increment_seconds
        _instance.price = v_price
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberRate")
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
