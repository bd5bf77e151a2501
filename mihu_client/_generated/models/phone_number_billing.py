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

T = TypeVar("T", bound="PhoneNumberBilling")


@_attrs_define
class PhoneNumberBilling:
    monthly_fee: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monthly_fee = self.monthly_fee

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monthly_fee is not UNSET:
            field_dict["monthly_fee"] = monthly_fee
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        monthly_fee = d.get("monthly_fee", UNSET)
        if monthly_fee is None:
            monthly_fee = unexpected_null("PhoneNumberBilling.monthly_fee")

        currency = d.get("currency", UNSET)
        if currency is None:
            currency = unexpected_null("PhoneNumberBilling.currency")

        phone_number_billing = new_instance(cls)
        phone_number_billing.monthly_fee = monthly_fee
        phone_number_billing.currency = currency
        phone_number_billing.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBilling")
        )
        return phone_number_billing

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
        "monthly_fee",
        "currency",
    )
)
