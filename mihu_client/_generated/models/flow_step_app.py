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
        uid = self.uid

        name = self.name

        icon = self.icon

        category = self.category

        requires_connection = self.requires_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if icon is not UNSET:
            field_dict["icon"] = icon
        if category is not UNSET:
            field_dict["category"] = category
        if requires_connection is not UNSET:
            field_dict["requires_connection"] = requires_connection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uid = d.get("uid", UNSET)
        if uid is None:
            uid = unexpected_null("FlowStepApp.uid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("FlowStepApp.name")

        icon = d.get("icon", UNSET)
        if icon is None:
            icon = unexpected_null("FlowStepApp.icon")

        category = d.get("category", UNSET)
        if category is None:
            category = unexpected_null("FlowStepApp.category")

        requires_connection = d.get("requires_connection", UNSET)
        if requires_connection is None:
            requires_connection = unexpected_null("FlowStepApp.requires_connection")

        flow_step_app = new_instance(cls)
        flow_step_app.uid = uid
        flow_step_app.name = name
        flow_step_app.icon = icon
        flow_step_app.category = category
        flow_step_app.requires_connection = requires_connection
        flow_step_app.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepApp")
        )
        return flow_step_app

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
        "uid",
        "name",
        "icon",
        "category",
        "requires_connection",
    )
)
