from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="ListingContactsAddRequestContactsItem")


@_attrs_define
class ListingContactsAddRequestContactsItem:
    phone_number: str
    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_phone_number = self.phone_number

        v_name = self.name

        v_surname = self.surname

        v_email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_surname is not UNSET:
            field_dict["surname"] = v_surname
        if v_email is not UNSET:
            field_dict["email"] = v_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("ListingContactsAddRequestContactsItem.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("ListingContactsAddRequestContactsItem.phone_number")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("ListingContactsAddRequestContactsItem.name")

        v_surname = d.get("surname", UNSET)
        if v_surname is None:
            v_surname = unexpected_null("ListingContactsAddRequestContactsItem.surname")

        v_email = d.get("email", UNSET)
        if v_email is None:
            v_email = unexpected_null("ListingContactsAddRequestContactsItem.email")

        _instance = new_instance(cls)
        _instance.phone_number = v_phone_number
        _instance.name = v_name
        _instance.surname = v_surname
        _instance.email = v_email
        _instance.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "ListingContactsAddRequestContactsItem")
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
        "phone_number",
        "name",
        "surname",
        "email",
    )
)
