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
    from ..models.agent_schedule_assignment import AgentScheduleAssignment


T = TypeVar("T", bound="AgentAppointmentsInput")


@_attrs_define
class AgentAppointmentsInput:
    """Appointment configuration of an agent."""

    enabled: bool | Unset = UNSET
    random_assignment: bool | Unset = UNSET
    schedule_assignments: list[AgentScheduleAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        random_assignment = self.random_assignment

        schedule_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule_assignments, Unset):
            schedule_assignments = []
            for schedule_assignments_item_data in self.schedule_assignments:
                schedule_assignments_item = (
                    schedule_assignments_item_data.to_dict()
                    if hasattr(schedule_assignments_item_data, "to_dict")
                    else schedule_assignments_item_data
                )
                schedule_assignments.append(schedule_assignments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if random_assignment is not UNSET:
            field_dict["random_assignment"] = random_assignment
        if schedule_assignments is not UNSET:
            field_dict["schedule_assignments"] = schedule_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        enabled = d.get("enabled", UNSET)
        if enabled is None:
            enabled = unexpected_null("AgentAppointmentsInput.enabled")

        random_assignment = d.get("random_assignment", UNSET)
        if random_assignment is None:
            random_assignment = unexpected_null("AgentAppointmentsInput.random_assignment")

        schedule_assignments = d.get("schedule_assignments", UNSET)
        if schedule_assignments.__class__ is list:
            schedule_assignments = [
                _from_dict_AgentScheduleAssignment(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentAppointmentsInput.schedule_assignments", False)
                for _i0 in schedule_assignments
            ]
        elif schedule_assignments is None:
            schedule_assignments = unexpected_null("AgentAppointmentsInput.schedule_assignments")
        elif schedule_assignments is not UNSET and schedule_assignments is not None:
            schedule_assignments = mismatch(schedule_assignments, "AgentAppointmentsInput.schedule_assignments")

        agent_appointments_input = new_instance(cls)
        agent_appointments_input.enabled = enabled
        agent_appointments_input.random_assignment = random_assignment
        agent_appointments_input.schedule_assignments = schedule_assignments
        agent_appointments_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentAppointmentsInput")
        )
        return agent_appointments_input

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
        "random_assignment",
        "schedule_assignments",
    )
)

from ..models.agent_schedule_assignment import AgentScheduleAssignment

_from_dict_AgentScheduleAssignment = AgentScheduleAssignment.from_dict
