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
        phone_number = self.phone_number

        name = self.name

        surname = self.surname

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        phone_number = d.get("phone_number", UNSET)
        if phone_number is UNSET:
            phone_number = missing("ListingContactsAddRequestContactsItem.phone_number")
        if phone_number is None:
            phone_number = unexpected_null("ListingContactsAddRequestContactsItem.phone_number")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("ListingContactsAddRequestContactsItem.name")

        surname = d.get("surname", UNSET)
        if surname is None:
            surname = unexpected_null("ListingContactsAddRequestContactsItem.surname")

        email = d.get("email", UNSET)
        if email is None:
            email = unexpected_null("ListingContactsAddRequestContactsItem.email")

        listing_contacts_add_request_contacts_item = new_instance(cls)
        listing_contacts_add_request_contacts_item.phone_number = phone_number
        listing_contacts_add_request_contacts_item.name = name
        listing_contacts_add_request_contacts_item.surname = surname
        listing_contacts_add_request_contacts_item.email = email
        listing_contacts_add_request_contacts_item.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "ListingContactsAddRequestContactsItem")
        )
        return listing_contacts_add_request_contacts_item

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
        "phone_number",
        "name",
        "surname",
        "email",
    )
)
