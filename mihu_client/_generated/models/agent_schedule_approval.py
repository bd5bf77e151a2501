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
        v_require_approval = self.require_approval

        v_approval_threshold = self.approval_threshold

        v_approval_for_create = self.approval_for_create

        v_approval_for_reschedule = self.approval_for_reschedule

        v_approval_for_cancel = self.approval_for_cancel

        v_approval_for_notes = self.approval_for_notes

        v_notify_calendar_owner = self.notify_calendar_owner

        v_notify_admins = self.notify_admins

        v_expected_response_time = self.expected_response_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_require_approval is not UNSET:
            field_dict["require_approval"] = v_require_approval
        if v_approval_threshold is not UNSET:
            field_dict["approval_threshold"] = v_approval_threshold
        if v_approval_for_create is not UNSET:
            field_dict["approval_for_create"] = v_approval_for_create
        if v_approval_for_reschedule is not UNSET:
            field_dict["approval_for_reschedule"] = v_approval_for_reschedule
        if v_approval_for_cancel is not UNSET:
            field_dict["approval_for_cancel"] = v_approval_for_cancel
        if v_approval_for_notes is not UNSET:
            field_dict["approval_for_notes"] = v_approval_for_notes
        if v_notify_calendar_owner is not UNSET:
            field_dict["notify_calendar_owner"] = v_notify_calendar_owner
        if v_notify_admins is not UNSET:
            field_dict["notify_admins"] = v_notify_admins
        if v_expected_response_time is not UNSET:
            field_dict["expected_response_time"] = v_expected_response_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_require_approval = d.get("require_approval", UNSET)
        if v_require_approval is None:
            v_require_approval = unexpected_null("AgentScheduleApproval.require_approval")

        v_approval_threshold = d.get("approval_threshold", UNSET)
        if v_approval_threshold is None:
            v_approval_threshold = unexpected_null("AgentScheduleApproval.approval_threshold")

        v_approval_for_create = d.get("approval_for_create", UNSET)
        if v_approval_for_create is None:
            v_approval_for_create = unexpected_null("AgentScheduleApproval.approval_for_create")

        v_approval_for_reschedule = d.get("approval_for_reschedule", UNSET)
        if v_approval_for_reschedule is None:
            v_approval_for_reschedule = unexpected_null("AgentScheduleApproval.approval_for_reschedule")

        v_approval_for_cancel = d.get("approval_for_cancel", UNSET)
        if v_approval_for_cancel is None:
            v_approval_for_cancel = unexpected_null("AgentScheduleApproval.approval_for_cancel")

        v_approval_for_notes = d.get("approval_for_notes", UNSET)
        if v_approval_for_notes is None:
            v_approval_for_notes = unexpected_null("AgentScheduleApproval.approval_for_notes")

        v_notify_calendar_owner = d.get("notify_calendar_owner", UNSET)
        if v_notify_calendar_owner is None:
            v_notify_calendar_owner = unexpected_null("AgentScheduleApproval.notify_calendar_owner")

        v_notify_admins = d.get("notify_admins", UNSET)
        if v_notify_admins is None:
            v_notify_admins = unexpected_null("AgentScheduleApproval.notify_admins")

        v_expected_response_time = d.get("expected_response_time", UNSET)
        if v_expected_response_time is None:
            v_expected_response_time = unexpected_null("AgentScheduleApproval.expected_response_time")

        _instance = new_instance(cls)
        _instance.require_approval = v_require_approval
        _instance.approval_threshold = v_approval_threshold
        _instance.approval_for_create = v_approval_for_create
        _instance.approval_for_reschedule = v_approval_for_reschedule
        _instance.approval_for_cancel = v_approval_for_cancel
        _instance.approval_for_notes = v_approval_for_notes
        _instance.notify_calendar_owner = v_notify_calendar_owner
        _instance.notify_admins = v_notify_admins
        _instance.expected_response_time = v_expected_response_time
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
