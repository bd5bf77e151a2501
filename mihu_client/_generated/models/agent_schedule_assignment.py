from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_schedule_approval import AgentScheduleApproval
    from ..models.agent_schedule_cancellation import AgentScheduleCancellation
    from ..models.agent_schedule_questions import AgentScheduleQuestions
    from ..models.agent_schedule_rescheduling import AgentScheduleRescheduling
    from ..models.agent_schedule_slot_rules import AgentScheduleSlotRules


T = TypeVar("T", bound="AgentScheduleAssignment")


@_attrs_define
class AgentScheduleAssignment:
    """Links a schedule (calendar) to the agent with booking, rescheduling, cancellation, question and approval rules."""

    schedule_uuid: UUID | Unset = UNSET
    priority: str | Unset = UNSET
    """ Seen only in the older Create an agent example (value: primary). """
    status: str | Unset = UNSET
    """ Seen only in the older Create an agent example (value: active). """
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    """ When the agent should use this schedule. """
    slot_rules: AgentScheduleSlotRules | Unset = UNSET
    rescheduling: AgentScheduleRescheduling | Unset = UNSET
    cancellation: AgentScheduleCancellation | Unset = UNSET
    questions: AgentScheduleQuestions | Unset = UNSET
    approval: AgentScheduleApproval | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_uuid: str | Unset = UNSET
        if not isinstance(self.schedule_uuid, Unset):
            schedule_uuid = str(self.schedule_uuid)

        priority = self.priority

        status = self.status

        name = self.name

        description = self.description

        slot_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slot_rules, Unset):
            slot_rules = self.slot_rules.to_dict()

        rescheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rescheduling, Unset):
            rescheduling = self.rescheduling.to_dict()

        cancellation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation, Unset):
            cancellation = self.cancellation.to_dict()

        questions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = self.questions.to_dict()

        approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_uuid is not UNSET:
            field_dict["schedule_uuid"] = schedule_uuid
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if slot_rules is not UNSET:
            field_dict["slot_rules"] = slot_rules
        if rescheduling is not UNSET:
            field_dict["rescheduling"] = rescheduling
        if cancellation is not UNSET:
            field_dict["cancellation"] = cancellation
        if questions is not UNSET:
            field_dict["questions"] = questions
        if approval is not UNSET:
            field_dict["approval"] = approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_schedule_approval import AgentScheduleApproval
        from ..models.agent_schedule_cancellation import AgentScheduleCancellation
        from ..models.agent_schedule_questions import AgentScheduleQuestions
        from ..models.agent_schedule_rescheduling import AgentScheduleRescheduling
        from ..models.agent_schedule_slot_rules import AgentScheduleSlotRules

        d = dict(src_dict)
        _schedule_uuid = d.pop("schedule_uuid", UNSET)
        schedule_uuid: UUID | Unset
        if isinstance(_schedule_uuid, Unset):
            schedule_uuid = UNSET
        else:
            schedule_uuid = UUID(_schedule_uuid)

        priority = d.pop("priority", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _slot_rules = d.pop("slot_rules", UNSET)
        slot_rules: AgentScheduleSlotRules | Unset
        if isinstance(_slot_rules, Unset):
            slot_rules = UNSET
        else:
            slot_rules = AgentScheduleSlotRules.from_dict(_slot_rules)

        _rescheduling = d.pop("rescheduling", UNSET)
        rescheduling: AgentScheduleRescheduling | Unset
        if isinstance(_rescheduling, Unset):
            rescheduling = UNSET
        else:
            rescheduling = AgentScheduleRescheduling.from_dict(_rescheduling)

        _cancellation = d.pop("cancellation", UNSET)
        cancellation: AgentScheduleCancellation | Unset
        if isinstance(_cancellation, Unset):
            cancellation = UNSET
        else:
            cancellation = AgentScheduleCancellation.from_dict(_cancellation)

        _questions = d.pop("questions", UNSET)
        questions: AgentScheduleQuestions | Unset
        if isinstance(_questions, Unset):
            questions = UNSET
        else:
            questions = AgentScheduleQuestions.from_dict(_questions)

        _approval = d.pop("approval", UNSET)
        approval: AgentScheduleApproval | Unset
        if isinstance(_approval, Unset):
            approval = UNSET
        else:
            approval = AgentScheduleApproval.from_dict(_approval)

        agent_schedule_assignment = cls(
            schedule_uuid=schedule_uuid,
            priority=priority,
            status=status,
            name=name,
            description=description,
            slot_rules=slot_rules,
            rescheduling=rescheduling,
            cancellation=cancellation,
            questions=questions,
            approval=approval,
        )

        agent_schedule_assignment.additional_properties = d
        return agent_schedule_assignment

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
