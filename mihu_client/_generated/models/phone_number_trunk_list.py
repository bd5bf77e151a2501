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
    from ..models.phone_number import PhoneNumber
    from ..models.phone_number_pagination import PhoneNumberPagination


T = TypeVar("T", bound="PhoneNumberTrunkList")


@_attrs_define
class PhoneNumberTrunkList:
    items: list[PhoneNumber] | Unset = UNSET
    pagination: PhoneNumberPagination | Unset = UNSET
    """ Page metadata returned next to data.items on list endpoints. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if isinstance(self.items, list):
                v_items = []
                for v_items_item_data in self.items:
                    v_items_item = (
                        v_items_item_data.to_dict() if isinstance(v_items_item_data, PhoneNumber) else v_items_item_data
                    )
                    v_items.append(v_items_item)
            else:
                v_items = self.items

        v_pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            v_pagination = (
                self.pagination.to_dict() if isinstance(self.pagination, PhoneNumberPagination) else self.pagination
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_items is not UNSET:
            field_dict["items"] = v_items
        if v_pagination is not UNSET:
            field_dict["pagination"] = v_pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_items = d.get("items", UNSET)
        if v_items.__class__ is list:
            v_items = [
                _from_dict_PhoneNumber(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "PhoneNumberTrunkList.items", False)
                for _i0 in v_items
            ]
        elif v_items is None:
            v_items = unexpected_null("PhoneNumberTrunkList.items")
        elif v_items is not UNSET and v_items is not None:
            v_items = mismatch(v_items, "PhoneNumberTrunkList.items")

        v_pagination = d.get("pagination", UNSET)
        if v_pagination.__class__ is dict:
            v_pagination = _from_dict_PhoneNumberPagination(v_pagination)
        elif v_pagination is None:
            v_pagination = unexpected_null("PhoneNumberTrunkList.pagination")
        elif v_pagination is not UNSET and v_pagination is not None:
            v_pagination = mismatch(v_pagination, "PhoneNumberTrunkList.pagination")

        _instance = new_instance(cls)
        _instance.items = v_items
        _instance.pagination = v_pagination
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkList")
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
        "items",
        "pagination",
    )
)

from ..models.phone_number import PhoneNumber
from ..models.phone_number_pagination import PhoneNumberPagination

_from_dict_PhoneNumber = PhoneNumber.from_dict


_from_dict_PhoneNumberPagination = PhoneNumberPagination.from_dict
