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

T = TypeVar("T", bound="AgentTrainingInput")


@_attrs_define
class AgentTrainingInput:
    content: str | Unset = UNSET
    intent: str | Unset = UNSET
    response: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        intent = self.intent

        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if intent is not UNSET:
            field_dict["intent"] = intent
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        content = d.get("content", UNSET)
        if content is None:
            content = unexpected_null("AgentTrainingInput.content")

        intent = d.get("intent", UNSET)
        if intent is None:
            intent = unexpected_null("AgentTrainingInput.intent")

        response = d.get("response", UNSET)
        if response is None:
            response = unexpected_null("AgentTrainingInput.response")

        agent_training_input = new_instance(cls)
        agent_training_input.content = content
        agent_training_input.intent = intent
        agent_training_input.response = response
        agent_training_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentTrainingInput")
        )
        return agent_training_input

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
        "content",
        "intent",
        "response",
    )
)
