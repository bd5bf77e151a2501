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
    from ..models.contact_paginated_list import ContactPaginatedList


T = TypeVar("T", bound="ListContactsResponse200")


@_attrs_define
class ListContactsResponse200:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: ContactPaginatedList | Unset = UNSET
    """ Laravel length-aware paginator as documented (only these keys appear in the docs; the server may add the
    other standard paginator keys). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if hasattr(self.data, "to_dict") else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        success = d.get("success", UNSET)
        if success is None:
            success = unexpected_null("ListContactsResponse200.success")

        message = d.get("message", UNSET)
        if message is None:
            message = unexpected_null("ListContactsResponse200.message")

        data = d.get("data", UNSET)
        if data.__class__ is dict:
            data = _from_dict_ContactPaginatedList(data)
        elif data is None:
            data = unexpected_null("ListContactsResponse200.data")
        elif data is not UNSET and data is not None:
            data = mismatch(data, "ListContactsResponse200.data")

        list_contacts_response_200 = new_instance(cls)
        list_contacts_response_200.success = success
        list_contacts_response_200.message = message
        list_contacts_response_200.data = data
        list_contacts_response_200.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListContactsResponse200")
        )
        return list_contacts_response_200

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
        "success",
        "message",
        "data",
    )
)

from ..models.contact_paginated_list import ContactPaginatedList

_from_dict_ContactPaginatedList = ContactPaginatedList.from_dict
