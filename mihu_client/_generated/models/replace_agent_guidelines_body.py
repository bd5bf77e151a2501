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
    from ..models.agent_guideline_input import AgentGuidelineInput


T = TypeVar("T", bound="ReplaceAgentGuidelinesBody")


@_attrs_define
class ReplaceAgentGuidelinesBody:
    guidelines: list[AgentGuidelineInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidelines, Unset):
            guidelines = []
            for guidelines_item_data in self.guidelines:
                guidelines_item = (
                    guidelines_item_data.to_dict() if hasattr(guidelines_item_data, "to_dict") else guidelines_item_data
                )
                guidelines.append(guidelines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guidelines is not UNSET:
            field_dict["guidelines"] = guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        guidelines = d.get("guidelines", UNSET)
        if guidelines.__class__ is list:
            guidelines = [
                _from_dict_AgentGuidelineInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceAgentGuidelinesBody.guidelines", False)
                for _i0 in guidelines
            ]
        elif guidelines is None:
            guidelines = unexpected_null("ReplaceAgentGuidelinesBody.guidelines")
        elif guidelines is not UNSET and guidelines is not None:
            guidelines = mismatch(guidelines, "ReplaceAgentGuidelinesBody.guidelines")

        replace_agent_guidelines_body = new_instance(cls)
        replace_agent_guidelines_body.guidelines = guidelines
        replace_agent_guidelines_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceAgentGuidelinesBody")
        )
        return replace_agent_guidelines_body

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


_FIELD_NAMES = frozenset(("guidelines",))

from ..models.agent_guideline_input import AgentGuidelineInput

_from_dict_AgentGuidelineInput = AgentGuidelineInput.from_dict
