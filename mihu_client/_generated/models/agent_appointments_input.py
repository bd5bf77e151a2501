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
        v_enabled = self.enabled

        v_random_assignment = self.random_assignment

        v_schedule_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule_assignments, Unset):
            if isinstance(self.schedule_assignments, list):
                v_schedule_assignments = []
                for v_schedule_assignments_item_data in self.schedule_assignments:
                    v_schedule_assignments_item = (
                        v_schedule_assignments_item_data.to_dict()
                        if isinstance(v_schedule_assignments_item_data, AgentScheduleAssignment)
                        else v_schedule_assignments_item_data
                    )
                    v_schedule_assignments.append(v_schedule_assignments_item)
            else:
                v_schedule_assignments = self.schedule_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_enabled is not UNSET:
            field_dict["enabled"] = v_enabled
        if v_random_assignment is not UNSET:
            field_dict["random_assignment"] = v_random_assignment
        if v_schedule_assignments is not UNSET:
            field_dict["schedule_assignments"] = v_schedule_assignments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_enabled = d.get("enabled", UNSET)
        if v_enabled is None:
            v_enabled = unexpected_null("AgentAppointmentsInput.enabled")

        v_random_assignment = d.get("random_assignment", UNSET)
        if v_random_assignment is None:
            v_random_assignment = unexpected_null("AgentAppointmentsInput.random_assignment")

        v_schedule_assignments = d.get("schedule_assignments", UNSET)
        if v_schedule_assignments.__class__ is list:
            v_schedule_assignments = [
                _from_dict_AgentScheduleAssignment(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentAppointmentsInput.schedule_assignments", False)
                for _i0 in v_schedule_assignments
            ]
        elif v_schedule_assignments is None:
            v_schedule_assignments = unexpected_null("AgentAppointmentsInput.schedule_assignments")
        elif v_schedule_assignments is not UNSET and v_schedule_assignments is not None:
            v_schedule_assignments = mismatch(v_schedule_assignments, "AgentAppointmentsInput.schedule_assignments")

        _instance = new_instance(cls)
        _instance.enabled = v_enabled
        _instance.random_assignment = v_random_assignment
        _instance.schedule_assignments = v_schedule_assignments
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentAppointmentsInput")
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
        "random_assignment",
        "schedule_assignments",
    )
)

from ..models.agent_schedule_assignment import AgentScheduleAssignment

_from_dict_AgentScheduleAssignment = AgentScheduleAssignment.from_dict
