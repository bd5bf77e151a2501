from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
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
        if isinstance(self.contacts, list):
            v_contacts = []
            for v_contacts_item_data in self.contacts:
                v_contacts_item = (
                    v_contacts_item_data.to_dict()
                    if isinstance(v_contacts_item_data, ListingContactsAddRequestContactsItem)
                    else v_contacts_item_data
                )
                v_contacts.append(v_contacts_item)
        else:
            v_contacts = self.contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_contacts, Unset):
            field_dict["contacts"] = v_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_contacts = d.get("contacts", UNSET)
        if v_contacts.__class__ is list:
            v_contacts = [
                _from_dict_ListingContactsAddRequestContactsItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ListingContactsAddRequest.contacts", False)
                for _i0 in v_contacts
            ]
        elif v_contacts is UNSET:
            v_contacts = missing("ListingContactsAddRequest.contacts")
        elif v_contacts is None:
            v_contacts = unexpected_null("ListingContactsAddRequest.contacts")
        elif v_contacts is not UNSET and v_contacts is not None:
            v_contacts = mismatch(v_contacts, "ListingContactsAddRequest.contacts")

        _instance = new_instance(cls)
        _instance.contacts = v_contacts
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingContactsAddRequest")
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


_FIELD_NAMES: frozenset[str] = frozenset(("contacts",))

from ..models.listing_contacts_add_request_contacts_item import ListingContactsAddRequestContactsItem

_from_dict_ListingContactsAddRequestContactsItem = ListingContactsAddRequestContactsItem.from_dict
