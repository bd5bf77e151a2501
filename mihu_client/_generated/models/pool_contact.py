from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PoolContact")


@_attrs_define
class PoolContact:
    """A pool member (ContactPoolItem joined with its contact)."""

    contact_uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    email: str | Unset = UNSET
    status: str | Unset = UNSET
    priority: int | Unset = UNSET
    retry_count: int | Unset = UNSET
    started_at: datetime.datetime | Unset | None = UNSET
    completed_at: datetime.datetime | Unset | None = UNSET
    failed_at: datetime.datetime | Unset | None = UNSET
    next_retry_at: datetime.datetime | Unset | None = UNSET
    notes: str | Unset | None = UNSET
    added_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        v_name = self.name

        v_phone_number = self.phone_number

        v_email = self.email

        v_status = self.status

        v_priority = self.priority

        v_retry_count = self.retry_count

        v_started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            v_started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            v_started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )
        else:
            v_started_at = self.started_at

        v_completed_at: str | Unset | None
        if isinstance(self.completed_at, Unset):
            v_completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            v_completed_at = (
                self.completed_at.isoformat() if isinstance(self.completed_at, datetime.datetime) else self.completed_at
            )
        else:
            v_completed_at = self.completed_at

        v_failed_at: str | Unset | None
        if isinstance(self.failed_at, Unset):
            v_failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            v_failed_at = (
                self.failed_at.isoformat() if isinstance(self.failed_at, datetime.datetime) else self.failed_at
            )
        else:
            v_failed_at = self.failed_at

        v_next_retry_at: str | Unset | None
        if isinstance(self.next_retry_at, Unset):
            v_next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            v_next_retry_at = (
                self.next_retry_at.isoformat()
                if isinstance(self.next_retry_at, datetime.datetime)
                else self.next_retry_at
            )
        else:
            v_next_retry_at = self.next_retry_at

        v_notes: str | Unset | None
        if isinstance(self.notes, Unset):
            v_notes = UNSET
        else:
            v_notes = self.notes

        v_added_at: str | Unset = UNSET
        if not isinstance(self.added_at, Unset):
            v_added_at = self.added_at.isoformat() if isinstance(self.added_at, datetime.datetime) else self.added_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_email is not UNSET:
            field_dict["email"] = v_email
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority
        if v_retry_count is not UNSET:
            field_dict["retry_count"] = v_retry_count
        if v_started_at is not UNSET:
            field_dict["started_at"] = v_started_at
        if v_completed_at is not UNSET:
            field_dict["completed_at"] = v_completed_at
        if v_failed_at is not UNSET:
            field_dict["failed_at"] = v_failed_at
        if v_next_retry_at is not UNSET:
            field_dict["next_retry_at"] = v_next_retry_at
        if v_notes is not UNSET:
            field_dict["notes"] = v_notes
        if v_added_at is not UNSET:
            field_dict["added_at"] = v_added_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "PoolContact.contact_uuid")
        elif v_contact_uuid is None:
            v_contact_uuid = unexpected_null("PoolContact.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "PoolContact.contact_uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("PoolContact.name")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("PoolContact.phone_number")

        v_email = d.get("email", UNSET)
        if v_email is None:
            v_email = unexpected_null("PoolContact.email")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("PoolContact.status")

        v_priority = d.get("priority", UNSET)
        if v_priority is None:
            v_priority = unexpected_null("PoolContact.priority")

        v_retry_count = d.get("retry_count", UNSET)
        if v_retry_count is None:
            v_retry_count = unexpected_null("PoolContact.retry_count")

        v_started_at = d.get("started_at", UNSET)
        if v_started_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_started_at = fromisoformat(v_started_at)
            except ValueError:
                v_started_at = parse_datetime(v_started_at, "PoolContact.started_at")
        elif v_started_at is not UNSET and v_started_at is not None:
            v_started_at = mismatch(v_started_at, "PoolContact.started_at")

        v_completed_at = d.get("completed_at", UNSET)
        if v_completed_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_completed_at = fromisoformat(v_completed_at)
            except ValueError:
                v_completed_at = parse_datetime(v_completed_at, "PoolContact.completed_at")
        elif v_completed_at is not UNSET and v_completed_at is not None:
            v_completed_at = mismatch(v_completed_at, "PoolContact.completed_at")

        v_failed_at = d.get("failed_at", UNSET)
        if v_failed_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_failed_at = fromisoformat(v_failed_at)
            except ValueError:
                v_failed_at = parse_datetime(v_failed_at, "PoolContact.failed_at")
        elif v_failed_at is not UNSET and v_failed_at is not None:
            v_failed_at = mismatch(v_failed_at, "PoolContact.failed_at")

        v_next_retry_at = d.get("next_retry_at", UNSET)
        if v_next_retry_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_next_retry_at = fromisoformat(v_next_retry_at)
            except ValueError:
                v_next_retry_at = parse_datetime(v_next_retry_at, "PoolContact.next_retry_at")
        elif v_next_retry_at is not UNSET and v_next_retry_at is not None:
            v_next_retry_at = mismatch(v_next_retry_at, "PoolContact.next_retry_at")

        v_notes = d.get("notes", UNSET)

        v_added_at = d.get("added_at", UNSET)
        if v_added_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_added_at = fromisoformat(v_added_at)
            except ValueError:
                v_added_at = parse_datetime(v_added_at, "PoolContact.added_at")
        elif v_added_at is None:
            v_added_at = unexpected_null("PoolContact.added_at")
        elif v_added_at is not UNSET and v_added_at is not None:
            v_added_at = mismatch(v_added_at, "PoolContact.added_at")

        _instance = new_instance(cls)
        _instance.contact_uuid = v_contact_uuid
        _instance.name = v_name
        _instance.phone_number = v_phone_number
        _instance.email = v_email
        _instance.status = v_status
        _instance.priority = v_priority
        _instance.retry_count = v_retry_count
        _instance.started_at = v_started_at
        _instance.completed_at = v_completed_at
        _instance.failed_at = v_failed_at
        _instance.next_retry_at = v_next_retry_at
        _instance.notes = v_notes
        _instance.added_at = v_added_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolContact")
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
        "contact_uuid",
        "name",
        "phone_number",
        "email",
        "status",
        "priority",
        "retry_count",
        "started_at",
        "completed_at",
        "failed_at",
        "next_retry_at",
        "notes",
        "added_at",
    )
)
