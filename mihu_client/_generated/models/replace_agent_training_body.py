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
        v_training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            if isinstance(self.training, list):
                v_training = []
                for v_training_item_data in self.training:
                    v_training_item = (
                        v_training_item_data.to_dict()
                        if isinstance(v_training_item_data, AgentTrainingInput)
                        else v_training_item_data
                    )
                    v_training.append(v_training_item)
            else:
                v_training = self.training

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_training is not UNSET:
            field_dict["training"] = v_training

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_training = d.get("training", UNSET)
        if v_training.__class__ is list:
            v_training = [
                _from_dict_AgentTrainingInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceAgentTrainingBody.training", False)
                for _i0 in v_training
            ]
        elif v_training is None:
            v_training = unexpected_null("ReplaceAgentTrainingBody.training")
        elif v_training is not UNSET and v_training is not None:
            v_training = mismatch(v_training, "ReplaceAgentTrainingBody.training")

        _instance = new_instance(cls)
        _instance.training = v_training
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceAgentTrainingBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(("training",))

from ..models.agent_training_input import AgentTrainingInput

_from_dict_AgentTrainingInput = AgentTrainingInput.from_dict
