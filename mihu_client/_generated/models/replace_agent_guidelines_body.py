from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
                guidelines_item = guidelines_item_data.to_dict()
                guidelines.append(guidelines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guidelines is not UNSET:
            field_dict["guidelines"] = guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_guideline_input import AgentGuidelineInput

        d = dict(src_dict)
        _guidelines = d.pop("guidelines", UNSET)
        guidelines: list[AgentGuidelineInput] | Unset = UNSET
        if _guidelines is not UNSET:
            guidelines = []
            for guidelines_item_data in _guidelines:
                guidelines_item = AgentGuidelineInput.from_dict(guidelines_item_data)

                guidelines.append(guidelines_item)

        replace_agent_guidelines_body = cls(
            guidelines=guidelines,
        )

        replace_agent_guidelines_body.additional_properties = d
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
