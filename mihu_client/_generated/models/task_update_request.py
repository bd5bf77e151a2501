from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="TaskUpdateRequest")


@_attrs_define
class TaskUpdateRequest:
    """Partial update of a task; every field is optional."""

    title: str | Unset = UNSET
    description: str | Unset | None = UNSET
    status: str | Unset = UNSET
    """ New status (a plain string in the source; the list filter documents pending, scheduled, queued, in_progress,
    completed, failed, cancelled, expired, on_hold). """
    priority: int | Unset = UNSET
    """ 1 (lowest) to 10, as on create. """
    scheduled_at: datetime.datetime | Unset = UNSET
    auto_queue: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_title = self.title

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_status = self.status

        v_priority = self.priority

        v_scheduled_at: str | Unset = UNSET
        if not isinstance(self.scheduled_at, Unset):
            v_scheduled_at = (
                self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
            )

        v_auto_queue = self.auto_queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_title is not UNSET:
            field_dict["title"] = v_title
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority
        if v_scheduled_at is not UNSET:
            field_dict["scheduled_at"] = v_scheduled_at
        if v_auto_queue is not UNSET:
            field_dict["auto_queue"] = v_auto_queue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_title = d.get("title", UNSET)
        if v_title is None:
            v_title = unexpected_null("TaskUpdateRequest.title")

        v_description = d.get("description", UNSET)

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("TaskUpdateRequest.status")

        v_priority = d.get("priority", UNSET)
        if v_priority is None:
            v_priority = unexpected_null("TaskUpdateRequest.priority")

        v_scheduled_at = d.get("scheduled_at", UNSET)
        if v_scheduled_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_scheduled_at = fromisoformat(v_scheduled_at)
            except ValueError:
                v_scheduled_at = parse_datetime(v_scheduled_at, "TaskUpdateRequest.scheduled_at")
        elif v_scheduled_at is None:
            v_scheduled_at = unexpected_null("TaskUpdateRequest.scheduled_at")
        elif v_scheduled_at is not UNSET and v_scheduled_at is not None:
            v_scheduled_at = mismatch(v_scheduled_at, "TaskUpdateRequest.scheduled_at")

        v_auto_queue = d.get("auto_queue", UNSET)
        if v_auto_queue is None:
            v_auto_queue = unexpected_null("TaskUpdateRequest.auto_queue")

        _instance = new_instance(cls)
        _instance.title = v_title
        _instance.description = v_description
        _instance.status = v_status
        _instance.priority = v_priority
        _instance.scheduled_at = v_scheduled_at
        _instance.auto_queue = v_auto_queue
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TaskUpdateRequest")
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
        "title",
        "description",
        "status",
        "priority",
        "scheduled_at",
        "auto_queue",
    )
)
