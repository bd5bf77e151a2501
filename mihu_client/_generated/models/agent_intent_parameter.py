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

T = TypeVar("T", bound="AgentIntentParameter")


@_attrs_define
class AgentIntentParameter:
    key: str | Unset = UNSET
    default: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Value type, e.g. string. """
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        default = self.default

        type_ = self.type_

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if default is not UNSET:
            field_dict["default"] = default
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        key = d.get("key", UNSET)
        if key is None:
            key = unexpected_null("AgentIntentParameter.key")

        default = d.get("default", UNSET)
        if default is None:
            default = unexpected_null("AgentIntentParameter.default")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("AgentIntentParameter.type")

        required = d.get("required", UNSET)
        if required is None:
            required = unexpected_null("AgentIntentParameter.required")

        agent_intent_parameter = new_instance(cls)
        agent_intent_parameter.key = key
        agent_intent_parameter.default = default
        agent_intent_parameter.type_ = type_
        agent_intent_parameter.required = required
        agent_intent_parameter.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntentParameter")
        )
        return agent_intent_parameter

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
        "key",
        "default",
        "type",
        "required",
    )
)
