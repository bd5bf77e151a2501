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
    from ..models.rule import Rule


T = TypeVar("T", bound="RulePage")


@_attrs_define
class RulePage:
    """Laravel-style paginator of rules."""

    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    per_page: int | Unset = UNSET
    total: int | Unset = UNSET
    data: list[Rule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        last_page = self.last_page

        per_page = self.per_page

        total = self.total

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict() if hasattr(data_item_data, "to_dict") else data_item_data
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        current_page = d.get("current_page", UNSET)
        if current_page is None:
            current_page = unexpected_null("RulePage.current_page")

        last_page = d.get("last_page", UNSET)
        if last_page is None:
            last_page = unexpected_null("RulePage.last_page")

        per_page = d.get("per_page", UNSET)
        if per_page is None:
            per_page = unexpected_null("RulePage.per_page")

        total = d.get("total", UNSET)
        if total is None:
            total = unexpected_null("RulePage.total")

        data = d.get("data", UNSET)
        if data.__class__ is list:
            data = [
                _from_dict_Rule(_i0) if _i0.__class__ is dict else odd_item(_i0, "RulePage.data", False) for _i0 in data
            ]
        elif data is None:
            data = unexpected_null("RulePage.data")
        elif data is not UNSET and data is not None:
            data = mismatch(data, "RulePage.data")

        rule_page = new_instance(cls)
        rule_page.current_page = current_page
        rule_page.last_page = last_page
        rule_page.per_page = per_page
        rule_page.total = total
        rule_page.data = data
        rule_page.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "RulePage")
        )
        return rule_page

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
        "last_page",
        "per_page",
        "total",
        "data",
    )
)

from ..models.rule import Rule

_from_dict_Rule = Rule.from_dict
