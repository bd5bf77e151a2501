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
        v_schedule_uuid: str | Unset = UNSET
        if not isinstance(self.schedule_uuid, Unset):
            v_schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid

        v_priority = self.priority

        v_status = self.status

        v_name = self.name

        v_description = self.description

        v_slot_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slot_rules, Unset):
            v_slot_rules = (
                self.slot_rules.to_dict() if isinstance(self.slot_rules, AgentScheduleSlotRules) else self.slot_rules
            )

        v_rescheduling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rescheduling, Unset):
            v_rescheduling = (
                self.rescheduling.to_dict()
                if isinstance(self.rescheduling, AgentScheduleRescheduling)
                else self.rescheduling
            )

        v_cancellation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation, Unset):
            v_cancellation = (
                self.cancellation.to_dict()
                if isinstance(self.cancellation, AgentScheduleCancellation)
                else self.cancellation
            )

        v_questions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            v_questions = (
                self.questions.to_dict() if isinstance(self.questions, AgentScheduleQuestions) else self.questions
            )

        v_approval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approval, Unset):
            v_approval = self.approval.to_dict() if isinstance(self.approval, AgentScheduleApproval) else self.approval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_schedule_uuid is not UNSET:
            field_dict["schedule_uuid"] = v_schedule_uuid
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_slot_rules is not UNSET:
            field_dict["slot_rules"] = v_slot_rules
        if v_rescheduling is not UNSET:
            field_dict["rescheduling"] = v_rescheduling
        if v_cancellation is not UNSET:
            field_dict["cancellation"] = v_cancellation
        if v_questions is not UNSET:
            field_dict["questions"] = v_questions
        if v_approval is not UNSET:
            field_dict["approval"] = v_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_schedule_uuid = d.get("schedule_uuid", UNSET)
        if v_schedule_uuid.__class__ is str:
            v_schedule_uuid = parse_uuid(v_schedule_uuid, "AgentScheduleAssignment.schedule_uuid")
        elif v_schedule_uuid is None:
            v_schedule_uuid = unexpected_null("AgentScheduleAssignment.schedule_uuid")
        elif v_schedule_uuid is not UNSET and v_schedule_uuid is not None:
            v_schedule_uuid = mismatch(v_schedule_uuid, "AgentScheduleAssignment.schedule_uuid")

        v_priority = d.get("priority", UNSET)
        if v_priority is None:
            v_priority = unexpected_null("AgentScheduleAssignment.priority")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("AgentScheduleAssignment.status")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("AgentScheduleAssignment.name")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("AgentScheduleAssignment.description")

        v_slot_rules = d.get("slot_rules", UNSET)
        if v_slot_rules.__class__ is dict:
            v_slot_rules = _from_dict_AgentScheduleSlotRules(v_slot_rules)
        elif v_slot_rules is None:
            v_slot_rules = unexpected_null("AgentScheduleAssignment.slot_rules")
        elif v_slot_rules is not UNSET and v_slot_rules is not None:
            v_slot_rules = mismatch(v_slot_rules, "AgentScheduleAssignment.slot_rules")

        v_rescheduling = d.get("rescheduling", UNSET)
        if v_rescheduling.__class__ is dict:
            v_rescheduling = _from_dict_AgentScheduleRescheduling(v_rescheduling)
        elif v_rescheduling is None:
            v_rescheduling = unexpected_null("AgentScheduleAssignment.rescheduling")
        elif v_rescheduling is not UNSET and v_rescheduling is not None:
            v_rescheduling = mismatch(v_rescheduling, "AgentScheduleAssignment.rescheduling")

        v_cancellation = d.get("cancellation", UNSET)
        if v_cancellation.__class__ is dict:
            v_cancellation = _from_dict_AgentScheduleCancellation(v_cancellation)
        elif v_cancellation is None:
            v_cancellation = unexpected_null("AgentScheduleAssignment.cancellation")
        elif v_cancellation is not UNSET and v_cancellation is not None:
            v_cancellation = mismatch(v_cancellation, "AgentScheduleAssignment.cancellation")

        v_questions = d.get("questions", UNSET)
        if v_questions.__class__ is dict:
            v_questions = _from_dict_AgentScheduleQuestions(v_questions)
        elif v_questions is None:
            v_questions = unexpected_null("AgentScheduleAssignment.questions")
        elif v_questions is not UNSET and v_questions is not None:
            v_questions = mismatch(v_questions, "AgentScheduleAssignment.questions")

        v_approval = d.get("approval", UNSET)
        if v_approval.__class__ is dict:
            v_approval = _from_dict_AgentScheduleApproval(v_approval)
        elif v_approval is None:
            v_approval = unexpected_null("AgentScheduleAssignment.approval")
        elif v_approval is not UNSET and v_approval is not None:
            v_approval = mismatch(v_approval, "AgentScheduleAssignment.approval")

        _instance = new_instance(cls)
        _instance.schedule_uuid = v_schedule_uuid
        _instance.priority = v_priority
        _instance.status = v_status
        _instance.name = v_name
        _instance.description = v_description
        _instance.slot_rules = v_slot_rules
        _instance.rescheduling = v_rescheduling
        _instance.cancellation = v_cancellation
        _instance.questions = v_questions
        _instance.approval = v_approval
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
