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

T = TypeVar("T", bound="FlowStepApp")


@_attrs_define
class FlowStepApp:
    """Integration app used by a flow step."""

    uid: str | Unset = UNSET
    name: str | Unset = UNSET
    icon: str | Unset = UNSET
    category: str | Unset = UNSET
    """ App category: builtin apps need no connection, connect apps need an app connection. """
    requires_connection: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uid = self.uid

        v_name = self.name

        v_icon = self.icon

        v_category = self.category

        v_requires_connection = self.requires_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uid is not UNSET:
            field_dict["uid"] = v_uid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_icon is not UNSET:
            field_dict["icon"] = v_icon
        if v_category is not UNSET:
            field_dict["category"] = v_category
        if v_requires_connection is not UNSET:
            field_dict["requires_connection"] = v_requires_connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uid = d.get("uid", UNSET)
        if v_uid is None:
            v_uid = unexpected_null("FlowStepApp.uid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("FlowStepApp.name")

        v_icon = d.get("icon", UNSET)
        if v_icon is None:
            v_icon = unexpected_null("FlowStepApp.icon")

        v_category = d.get("category", UNSET)
        if v_category is None:
            v_category = unexpected_null("FlowStepApp.category")

        v_requires_connection = d.get("requires_connection", UNSET)
        if v_requires_connection is None:
            v_requires_connection = unexpected_null("FlowStepApp.requires_connection")

        _instance = new_instance(cls)
        _instance.uid = v_uid
        _instance.name = v_name
        _instance.icon = v_icon
        _instance.category = v_category
        _instance.requires_connection = v_requires_connection
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepApp")
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
        "uid",
        "name",
        "icon",
        "category",
        "requires_connection",
    )
)
