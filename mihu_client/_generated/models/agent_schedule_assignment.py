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
    parse_uuid,
    unexpected_null,
)

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
            schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid

        priority = self.priority

        status = self.status

        name = self.name

        description = self.description

        slot_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slot_rules, Unset):
            slot_rules = self.slot_rules.to_dict() if hasattr(self.slot_rules, "to_dict") else self.slot_rules

        rescheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rescheduling, Unset):
            rescheduling = self.rescheduling.to_dict() if hasattr(self.rescheduling, "to_dict") else self.rescheduling

        cancellation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation, Unset):
            cancellation = self.cancellation.to_dict() if hasattr(self.cancellation, "to_dict") else self.cancellation

        questions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = self.questions.to_dict() if hasattr(self.questions, "to_dict") else self.questions

        approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval, Unset):
            approval = self.approval.to_dict() if hasattr(self.approval, "to_dict") else self.approval

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        schedule_uuid = d.get("schedule_uuid", UNSET)
        if schedule_uuid.__class__ is str:
            schedule_uuid = parse_uuid(schedule_uuid, "AgentScheduleAssignment.schedule_uuid")
        elif schedule_uuid is None:
            schedule_uuid = unexpected_null("AgentScheduleAssignment.schedule_uuid")
        elif schedule_uuid is not UNSET and schedule_uuid is not None:
            schedule_uuid = mismatch(schedule_uuid, "AgentScheduleAssignment.schedule_uuid")

        priority = d.get("priority", UNSET)
        if priority is None:
            priority = unexpected_null("AgentScheduleAssignment.priority")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("AgentScheduleAssignment.status")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("AgentScheduleAssignment.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("AgentScheduleAssignment.description")

        slot_rules = d.get("slot_rules", UNSET)
        if slot_rules.__class__ is dict:
            slot_rules = _from_dict_AgentScheduleSlotRules(slot_rules)
        elif slot_rules is None:
            slot_rules = unexpected_null("AgentScheduleAssignment.slot_rules")
        elif slot_rules is not UNSET and slot_rules is not None:
            slot_rules = mismatch(slot_rules, "AgentScheduleAssignment.slot_rules")

        rescheduling = d.get("rescheduling", UNSET)
        if rescheduling.__class__ is dict:
            rescheduling = _from_dict_AgentScheduleRescheduling(rescheduling)
        elif rescheduling is None:
            rescheduling = unexpected_null("AgentScheduleAssignment.rescheduling")
        elif rescheduling is not UNSET and rescheduling is not None:
            rescheduling = mismatch(rescheduling, "AgentScheduleAssignment.rescheduling")

        cancellation = d.get("cancellation", UNSET)
        if cancellation.__class__ is dict:
            cancellation = _from_dict_AgentScheduleCancellation(cancellation)
        elif cancellation is None:
            cancellation = unexpected_null("AgentScheduleAssignment.cancellation")
        elif cancellation is not UNSET and cancellation is not None:
            cancellation = mismatch(cancellation, "AgentScheduleAssignment.cancellation")

        questions = d.get("questions", UNSET)
        if questions.__class__ is dict:
            questions = _from_dict_AgentScheduleQuestions(questions)
        elif questions is None:
            questions = unexpected_null("AgentScheduleAssignment.questions")
        elif questions is not UNSET and questions is not None:
            questions = mismatch(questions, "AgentScheduleAssignment.questions")

        approval = d.get("approval", UNSET)
        if approval.__class__ is dict:
            approval = _from_dict_AgentScheduleApproval(approval)
        elif approval is None:
            approval = unexpected_null("AgentScheduleAssignment.approval")
        elif approval is not UNSET and approval is not None:
            approval = mismatch(approval, "AgentScheduleAssignment.approval")

        agent_schedule_assignment = new_instance(cls)
        agent_schedule_assignment.schedule_uuid = schedule_uuid
        agent_schedule_assignment.priority = priority
        agent_schedule_assignment.status = status
        agent_schedule_assignment.name = name
        agent_schedule_assignment.description = description
        agent_schedule_assignment.slot_rules = slot_rules
        agent_schedule_assignment.rescheduling = rescheduling
        agent_schedule_assignment.cancellation = cancellation
        agent_schedule_assignment.questions = questions
        agent_schedule_assignment.approval = approval
        agent_schedule_assignment.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
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


_FIELD_NAMES = frozenset(
    (
        "schedule_uuid",
        "priority",
        "status",
        "name",
        "description",
        "slot_rules",
        "rescheduling",
        "cancellation",
        "questions",
        "approval",
    )
)

from ..models.agent_schedule_approval import AgentScheduleApproval
from ..models.agent_schedule_cancellation import AgentScheduleCancellation
from ..models.agent_schedule_questions import AgentScheduleQuestions
from ..models.agent_schedule_rescheduling import AgentScheduleRescheduling
from ..models.agent_schedule_slot_rules import AgentScheduleSlotRules

_from_dict_AgentScheduleSlotRules = AgentScheduleSlotRules.from_dict

_from_dict_AgentScheduleRescheduling = AgentScheduleRescheduling.from_dict

_from_dict_AgentScheduleCancellation = AgentScheduleCancellation.from_dict

_from_dict_AgentScheduleQuestions = AgentScheduleQuestions.from_dict

_from_dict_AgentScheduleApproval = AgentScheduleApproval.from_dict
