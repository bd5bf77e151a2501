from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.listing_contacts_add_request_contacts_item import ListingContactsAddRequestContactsItem


T = TypeVar("T", bound="ListingContactsAddRequest")


@_attrs_define
class ListingContactsAddRequest:
    contacts: list[ListingContactsAddRequestContactsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = (
                contacts_item_data.to_dict() if hasattr(contacts_item_data, "to_dict") else contacts_item_data
            )
            contacts.append(contacts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contacts": contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        contacts = d.get("contacts", UNSET)
        if contacts.__class__ is list:
            contacts = [
                _from_dict_ListingContactsAddRequestContactsItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ListingContactsAddRequest.contacts", False)
                for _i0 in contacts
            ]
        elif contacts is UNSET:
            contacts = missing("ListingContactsAddRequest.contacts")
        elif contacts is None:
            contacts = unexpected_null("ListingContactsAddRequest.contacts")
        elif contacts is not UNSET and contacts is not None:
            contacts = mismatch(contacts, "ListingContactsAddRequest.contacts")

        listing_contacts_add_request = new_instance(cls)
        listing_contacts_add_request.contacts = contacts
        listing_contacts_add_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingContactsAddRequest")
        )
        return listing_contacts_add_request

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


_FIELD_NAMES = frozenset(("contacts",))

from ..models.listing_contacts_add_request_contacts_item import ListingContactsAddRequestContactsItem

_from_dict_ListingContactsAddRequestContactsItem = ListingContactsAddRequestContactsItem.from_dict
