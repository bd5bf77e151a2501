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
        v_current_page = self.current_page

        v_per_page = self.per_page

        v_total = self.total

        v_last_page = self.last_page

        v_from_: int | Unset | None
        if isinstance(self.from_, Unset):
            v_from_ = UNSET
        else:
            v_from_ = self.from_

        v_to: int | Unset | None
        if isinstance(self.to, Unset):
            v_to = UNSET
        else:
            v_to = self.to

        v_has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_current_page is not UNSET:
            field_dict["current_page"] = v_current_page
        if v_per_page is not UNSET:
            field_dict["per_page"] = v_per_page
        if v_total is not UNSET:
            field_dict["total"] = v_total
        if v_last_page is not UNSET:
            field_dict["last_page"] = v_last_page
        if v_from_ is not UNSET:
            field_dict["from"] = v_from_
        if v_to is not UNSET:
            field_dict["to"] = v_to
        if v_has_more is not UNSET:
            field_dict["has_more"] = v_has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_current_page = d.get("current_page", UNSET)
        if v_current_page is None:
            v_current_page = unexpected_null("PhoneNumberPagination.current_page")

        v_per_page = d.get("per_page", UNSET)
        if v_per_page is None:
            v_per_page = unexpected_null("PhoneNumberPagination.per_page")

        v_total = d.get("total", UNSET)
        if v_total is None:
            v_total = unexpected_null("PhoneNumberPagination.total")

        v_last_page = d.get("last_page", UNSET)
        if v_last_page is None:
            v_last_page = unexpected_null("PhoneNumberPagination.last_page")

        v_from_ = d.get("from", UNSET)

        v_to = d.get("to", UNSET)

        v_has_more = d.get("has_more", UNSET)
        if v_has_more is None:
            v_has_more = unexpected_null("PhoneNumberPagination.has_more")

        _instance = new_instance(cls)
        _instance.current_page = v_current_page
        _instance.per_page = v_per_page
        _instance.total = v_total
        _instance.last_page = v_last_page
        _instance.from_ = v_from_
        _instance.to = v_to
        _instance.has_more = v_has_more
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberPagination")
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
        "current_page",
        "per_page",
        "total",
        "last_page",
        "from",
        "to",
        "has_more",
    )
)
