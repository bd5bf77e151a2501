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
    from ..models.agent_training_input import AgentTrainingInput


T = TypeVar("T", bound="ReplaceAgentTrainingBody")


@_attrs_define
class ReplaceAgentTrainingBody:
    training: list[AgentTrainingInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = []
            for training_item_data in self.training:
                training_item = (
                    training_item_data.to_dict() if hasattr(training_item_data, "to_dict") else training_item_data
                )
                training.append(training_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if training is not UNSET:
            field_dict["training"] = training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        training = d.get("training", UNSET)
        if training.__class__ is list:
            training = [
                _from_dict_AgentTrainingInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceAgentTrainingBody.training", False)
                for _i0 in training
            ]
        elif training is None:
            training = unexpected_null("ReplaceAgentTrainingBody.training")
        elif training is not UNSET and training is not None:
            training = mismatch(training, "ReplaceAgentTrainingBody.training")

        replace_agent_training_body = new_instance(cls)
        replace_agent_training_body.training = training
        replace_agent_training_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceAgentTrainingBody")
        )
        return replace_agent_training_body

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


_FIELD_NAMES = frozenset(("training",))

from ..models.agent_training_input import AgentTrainingInput

_from_dict_AgentTrainingInput = AgentTrainingInput.from_dict
