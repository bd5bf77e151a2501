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

T = TypeVar("T", bound="AgentIntentEventApp")


@_attrs_define
class AgentIntentEventApp:
    uid: str | Unset = UNSET
    name: str | Unset = UNSET
    is_builtin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uid = self.uid

        v_name = self.name

        v_is_builtin = self.is_builtin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uid is not UNSET:
            field_dict["uid"] = v_uid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_is_builtin is not UNSET:
            field_dict["is_builtin"] = v_is_builtin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uid = d.get("uid", UNSET)
        if v_uid is None:
            v_uid = unexpected_null("AgentIntentEventApp.uid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("AgentIntentEventApp.name")

        v_is_builtin = d.get("is_builtin", UNSET)
        if v_is_builtin is None:
            v_is_builtin = unexpected_null("AgentIntentEventApp.is_builtin")

        _instance = new_instance(cls)
        _instance.uid = v_uid
        _instance.name = v_name
        _instance.is_builtin = v_is_builtin
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntentEventApp")
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
        "is_builtin",
    )
)
