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
        uid = self.uid

        name = self.name

        is_builtin = self.is_builtin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if name is not UNSET:
            field_dict["name"] = name
        if is_builtin is not UNSET:
            field_dict["is_builtin"] = is_builtin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uid = d.get("uid", UNSET)
        if uid is None:
            uid = unexpected_null("AgentIntentEventApp.uid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("AgentIntentEventApp.name")

        is_builtin = d.get("is_builtin", UNSET)
        if is_builtin is None:
            is_builtin = unexpected_null("AgentIntentEventApp.is_builtin")

        agent_intent_event_app = new_instance(cls)
        agent_intent_event_app.uid = uid
        agent_intent_event_app.name = name
        agent_intent_event_app.is_builtin = is_builtin
        agent_intent_event_app.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntentEventApp")
        )
        return agent_intent_event_app

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
        "is_builtin",
    )
)
