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
    from ..models.agent_procedure_step import AgentProcedureStep


T = TypeVar("T", bound="AgentProcedureInput")


@_attrs_define
class AgentProcedureInput:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    steps: list[AgentProcedureStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_description = self.description

        v_steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            if isinstance(self.steps, list):
                v_steps = []
                for v_steps_item_data in self.steps:
                    v_steps_item = (
                        v_steps_item_data.to_dict()
                        if isinstance(v_steps_item_data, AgentProcedureStep)
                        else v_steps_item_data
                    )
                    v_steps.append(v_steps_item)
            else:
                v_steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_steps is not UNSET:
            field_dict["steps"] = v_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("AgentProcedureInput.name")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("AgentProcedureInput.description")

        v_steps = d.get("steps", UNSET)
        if v_steps.__class__ is list:
            v_steps = [
                _from_dict_AgentProcedureStep(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentProcedureInput.steps", False)
                for _i0 in v_steps
            ]
        elif v_steps is None:
            v_steps = unexpected_null("AgentProcedureInput.steps")
        elif v_steps is not UNSET and v_steps is not None:
            v_steps = mismatch(v_steps, "AgentProcedureInput.steps")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.description = v_description
        _instance.steps = v_steps
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentProcedureInput")
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
        "name",
        "description",
        "steps",
    )
)

from ..models.agent_procedure_step import AgentProcedureStep

_from_dict_AgentProcedureStep = AgentProcedureStep.from_dict
