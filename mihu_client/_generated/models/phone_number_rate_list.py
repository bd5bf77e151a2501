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
    from ..models.phone_number_pagination import PhoneNumberPagination
    from ..models.phone_number_rate import PhoneNumberRate


T = TypeVar("T", bound="PhoneNumberRateList")


@_attrs_define
class PhoneNumberRateList:
    items: list[PhoneNumberRate] | Unset = UNSET
    pagination: PhoneNumberPagination | Unset = UNSET
    """ Page metadata returned next to data.items on list endpoints. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict() if hasattr(items_item_data, "to_dict") else items_item_data
                items.append(items_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict() if hasattr(self.pagination, "to_dict") else self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        items = d.get("items", UNSET)
        if items.__class__ is list:
            items = [
                _from_dict_PhoneNumberRate(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "PhoneNumberRateList.items", False)
                for _i0 in items
            ]
        elif items is None:
            items = unexpected_null("PhoneNumberRateList.items")
        elif items is not UNSET and items is not None:
            items = mismatch(items, "PhoneNumberRateList.items")

        pagination = d.get("pagination", UNSET)
        if pagination.__class__ is dict:
            pagination = _from_dict_PhoneNumberPagination(pagination)
        elif pagination is None:
            pagination = unexpected_null("PhoneNumberRateList.pagination")
        elif pagination is not UNSET and pagination is not None:
            pagination = mismatch(pagination, "PhoneNumberRateList.pagination")

        phone_number_rate_list = new_instance(cls)
        phone_number_rate_list.items = items
        phone_number_rate_list.pagination = pagination
        phone_number_rate_list.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberRateList")
        )
        return phone_number_rate_list

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
        "items",
        "pagination",
    )
)

from ..models.phone_number_pagination import PhoneNumberPagination
from ..models.phone_number_rate import PhoneNumberRate

_from_dict_PhoneNumberRate = PhoneNumberRate.from_dict


_from_dict_PhoneNumberPagination = PhoneNumberPagination.from_dict
