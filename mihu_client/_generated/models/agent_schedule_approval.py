from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
)

T = TypeVar("T", bound="AgentScheduleApproval")


@_attrs_define
class AgentScheduleApproval:
    require_approval: bool | Unset = UNSET
    approval_threshold: str | Unset = UNSET
    """ e.g. 1_hour """
    approval_for_create: bool | Unset = UNSET
    approval_for_reschedule: bool | Unset = UNSET
    approval_for_cancel: bool | Unset = UNSET
    approval_for_notes: bool | Unset = UNSET
    notify_calendar_owner: str | Unset = UNSET
    """ e.g. always """
    notify_admins: str | Unset = UNSET
    """ e.g. always """
    expected_response_time: str | Unset = UNSET
    """ e.g. 5_min """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        require_approval = self.require_approval

        approval_threshold = self.approval_threshold

        approval_for_create = self.approval_for_create

        approval_for_reschedule = self.approval_for_reschedule

        approval_for_cancel = self.approval_for_cancel

        approval_for_notes = self.approval_for_notes

        notify_calendar_owner = self.notify_calendar_owner

        notify_admins = self.notify_admins

        expected_response_time = self.expected_response_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if approval_threshold is not UNSET:
            field_dict["approval_threshold"] = approval_threshold
        if approval_for_create is not UNSET:
            field_dict["approval_for_create"] = approval_for_create
        if approval_for_reschedule is not UNSET:
            field_dict["approval_for_reschedule"] = approval_for_reschedule
        if approval_for_cancel is not UNSET:
            field_dict["approval_for_cancel"] = approval_for_cancel
        if approval_for_notes is not UNSET:
            field_dict["approval_for_notes"] = approval_for_notes
        if notify_calendar_owner is not UNSET:
            field_dict["notify_calendar_owner"] = notify_calendar_owner
        if notify_admins is not UNSET:
            field_dict["notify_admins"] = notify_admins
        if expected_response_time is not UNSET:
            field_dict["expected_response_time"] = expected_response_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        require_approval = d.get("require_approval", UNSET)
        if require_approval is None:
            require_approval = unexpected_null("AgentScheduleApproval.require_approval")

        approval_threshold = d.get("approval_threshold", UNSET)
        if approval_threshold is None:
            approval_threshold = unexpected_null("AgentScheduleApproval.approval_threshold")

        approval_for_create = d.get("approval_for_create", UNSET)
        if approval_for_create is None:
            approval_for_create = unexpected_null("AgentScheduleApproval.approval_for_create")

        approval_for_reschedule = d.get("approval_for_reschedule", UNSET)
        if approval_for_reschedule is None:
            approval_for_reschedule = unexpected_null("AgentScheduleApproval.approval_for_reschedule")

        approval_for_cancel = d.get("approval_for_cancel", UNSET)
        if approval_for_cancel is None:
            approval_for_cancel = unexpected_null("AgentScheduleApproval.approval_for_cancel")

        approval_for_notes = d.get("approval_for_notes", UNSET)
        if approval_for_notes is None:
            approval_for_notes = unexpected_null("AgentScheduleApproval.approval_for_notes")

        notify_calendar_owner = d.get("notify_calendar_owner", UNSET)
        if notify_calendar_owner is None:
            notify_calendar_owner = unexpected_null("AgentScheduleApproval.notify_calendar_owner")

        notify_admins = d.get("notify_admins", UNSET)
        if notify_admins is None:
            notify_admins = unexpected_null("AgentScheduleApproval.notify_admins")

        expected_response_time = d.get("expected_response_time", UNSET)
        if expected_response_time is None:
            expected_response_time = unexpected_null("AgentScheduleApproval.expected_response_time")

        agent_schedule_approval = new_instance(cls)
        agent_schedule_approval.require_approval = require_approval
        agent_schedule_approval.approval_threshold = approval_threshold
        agent_schedule_approval.approval_for_create = approval_for_create
        agent_schedule_approval.approval_for_reschedule = approval_for_reschedule
        agent_schedule_approval.approval_for_cancel = approval_for_cancel
        agent_schedule_approval.approval_for_notes = approval_for_notes
        agent_schedule_approval.notify_calendar_owner = notify_calendar_owner
        agent_schedule_approval.notify_admins = notify_admins
        agent_schedule_approval.expected_response_time = expected_response_time
        agent_schedule_approval.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_schedule_approval

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
        "require_approval",
        "approval_threshold",
        "approval_for_create",
        "approval_for_reschedule",
        "approval_for_cancel",
        "approval_for_notes",
        "notify_calendar_owner",
        "notify_admins",
        "expected_response_time",
    )
)
