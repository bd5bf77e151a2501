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
        v_enabled = self.enabled

        v_description = self.description

        v_prompt: str | Unset | None
        if isinstance(self.prompt, Unset):
            v_prompt = UNSET
        else:
            v_prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_enabled is not UNSET:
            field_dict["enabled"] = v_enabled
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_prompt is not UNSET:
            field_dict["prompt"] = v_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_enabled = d.get("enabled", UNSET)
        if v_enabled is None:
            v_enabled = unexpected_null("EvaluateFeature.enabled")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("EvaluateFeature.description")

        v_prompt = d.get("prompt", UNSET)

        _instance = new_instance(cls)
        _instance.enabled = v_enabled
        _instance.description = v_description
        _instance.prompt = v_prompt
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "enabled",
        "description",
        "prompt",
    )
)
