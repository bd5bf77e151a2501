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

T = TypeVar("T", bound="PhoneNumberPagination")


@_attrs_define
class PhoneNumberPagination:
    """Page metadata returned next to data.items on list endpoints."""

    current_page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    total: int | Unset = UNSET
    last_page: int | Unset = UNSET
    from_: int | Unset | None = UNSET
    to: int | Unset | None = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        total = self.total

        last_page = self.last_page

        from_: int | Unset | None
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | Unset | None
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        current_page = d.get("current_page", UNSET)
        if current_page is None:
            current_page = unexpected_null("PhoneNumberPagination.current_page")

        per_page = d.get("per_page", UNSET)
        if per_page is None:
            per_page = unexpected_null("PhoneNumberPagination.per_page")

        total = d.get("total", UNSET)
        if total is None:
            total = unexpected_null("PhoneNumberPagination.total")

        last_page = d.get("last_page", UNSET)
        if last_page is None:
            last_page = unexpected_null("PhoneNumberPagination.last_page")

        from_ = d.get("from", UNSET)

        to = d.get("to", UNSET)

        has_more = d.get("has_more", UNSET)
        if has_more is None:
            has_more = unexpected_null("PhoneNumberPagination.has_more")

        phone_number_pagination = new_instance(cls)
        phone_number_pagination.current_page = current_page
        phone_number_pagination.per_page = per_page
        phone_number_pagination.total = total
        phone_number_pagination.last_page = last_page
        phone_number_pagination.from_ = from_
        phone_number_pagination.to = to
        phone_number_pagination.has_more = has_more
        phone_number_pagination.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberPagination")
        )
        return phone_number_pagination

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
        "current_page",
        "per_page",
        "total",
        "last_page",
        "from",
        "to",
        "has_more",
    )
)
