from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.agent_procedure_step import AgentProcedureStep


T = TypeVar("T", bound="AgentProcedure")


@_attrs_define
class AgentProcedure:
    """A named multi-step procedure the agent follows."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    steps: list[AgentProcedureStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        description = self.description

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict() if hasattr(steps_item_data, "to_dict") else steps_item_data
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "AgentProcedure.uuid")
        elif uuid is None:
            uuid = unexpected_null("AgentProcedure.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "AgentProcedure.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("AgentProcedure.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("AgentProcedure.description")

        steps = d.get("steps", UNSET)
        if steps.__class__ is list:
            steps = [
                _from_dict_AgentProcedureStep(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentProcedure.steps", False)
                for _i0 in steps
            ]
        elif steps is None:
            steps = unexpected_null("AgentProcedure.steps")
        elif steps is not UNSET and steps is not None:
            steps = mismatch(steps, "AgentProcedure.steps")

        agent_procedure = new_instance(cls)
        agent_procedure.uuid = uuid
        agent_procedure.name = name
        agent_procedure.description = description
        agent_procedure.steps = steps
        agent_procedure.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentProcedure")
        )
        return agent_procedure

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
        "uuid",
        "name",
        "description",
        "steps",
    )
)

from ..models.agent_procedure_step import AgentProcedureStep

_from_dict_AgentProcedureStep = AgentProcedureStep.from_dict
