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
)

T = TypeVar("T", bound="EvaluateFeature")


@_attrs_define
class EvaluateFeature:
    """One analyzer feature of the evaluate settings."""

    enabled: bool | Unset = UNSET
    """ Whether this analyzer runs for each finished session. """
    description: str | Unset = UNSET
    """ Prompt/instruction used by the LLM to classify the session. """
    prompt: str | Unset | None = UNSET
    """ Only meaningful for success_evaluation_prompt: the criterion judged true/false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        description = self.description

        prompt: str | Unset | None
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if description is not UNSET:
            field_dict["description"] = description
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        enabled = d.get("enabled", UNSET)
        if enabled is None:
            enabled = unexpected_null("EvaluateFeature.enabled")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("EvaluateFeature.description")

        prompt = d.get("prompt", UNSET)

        evaluate_feature = new_instance(cls)
        evaluate_feature.enabled = enabled
        evaluate_feature.description = description
        evaluate_feature.prompt = prompt
        evaluate_feature.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return evaluate_feature

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
        "enabled",
        "description",
        "prompt",
    )
)
