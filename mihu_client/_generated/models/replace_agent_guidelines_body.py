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
        v_guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidelines, Unset):
            if isinstance(self.guidelines, list):
                v_guidelines = []
                for v_guidelines_item_data in self.guidelines:
                    v_guidelines_item = (
                        v_guidelines_item_data.to_dict()
                        if isinstance(v_guidelines_item_data, AgentGuidelineInput)
                        else v_guidelines_item_data
                    )
                    v_guidelines.append(v_guidelines_item)
            else:
                v_guidelines = self.guidelines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_guidelines is not UNSET:
            field_dict["guidelines"] = v_guidelines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_guidelines = d.get("guidelines", UNSET)
        if v_guidelines.__class__ is list:
            v_guidelines = [
                _from_dict_AgentGuidelineInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceAgentGuidelinesBody.guidelines", False)
                for _i0 in v_guidelines
            ]
        elif v_guidelines is None:
            v_guidelines = unexpected_null("ReplaceAgentGuidelinesBody.guidelines")
        elif v_guidelines is not UNSET and v_guidelines is not None:
            v_guidelines = mismatch(v_guidelines, "ReplaceAgentGuidelinesBody.guidelines")

        _instance = new_instance(cls)
        _instance.guidelines = v_guidelines
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceAgentGuidelinesBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(("guidelines",))

from ..models.agent_guideline_input import AgentGuidelineInput

_from_dict_AgentGuidelineInput = AgentGuidelineInput.from_dict
