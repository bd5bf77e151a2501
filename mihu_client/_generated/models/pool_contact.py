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
        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        name = self.name

        phone_number = self.phone_number

        email = self.email

        status = self.status

        priority = self.priority

        retry_count = self.retry_count

        started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )
        else:
            started_at = self.started_at

        completed_at: str | Unset | None
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = (
                self.completed_at.isoformat() if isinstance(self.completed_at, datetime.datetime) else self.completed_at
            )
        else:
            completed_at = self.completed_at

        failed_at: str | Unset | None
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat() if isinstance(self.failed_at, datetime.datetime) else self.failed_at
        else:
            failed_at = self.failed_at

        next_retry_at: str | Unset | None
        if isinstance(self.next_retry_at, Unset):
            next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = (
                self.next_retry_at.isoformat()
                if isinstance(self.next_retry_at, datetime.datetime)
                else self.next_retry_at
            )
        else:
            next_retry_at = self.next_retry_at

        notes: str | Unset | None
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        added_at: str | Unset = UNSET
        if not isinstance(self.added_at, Unset):
            added_at = self.added_at.isoformat() if isinstance(self.added_at, datetime.datetime) else self.added_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if next_retry_at is not UNSET:
            field_dict["next_retry_at"] = next_retry_at
        if notes is not UNSET:
            field_dict["notes"] = notes
        if added_at is not UNSET:
            field_dict["added_at"] = added_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        contact_uuid = d.get("contact_uuid", UNSET)
        if contact_uuid.__class__ is str:
            contact_uuid = parse_uuid(contact_uuid, "PoolContact.contact_uuid")
        elif contact_uuid is None:
            contact_uuid = unexpected_null("PoolContact.contact_uuid")
        elif contact_uuid is not UNSET and contact_uuid is not None:
            contact_uuid = mismatch(contact_uuid, "PoolContact.contact_uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PoolContact.name")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("PoolContact.phone_number")

        email = d.get("email", UNSET)
        if email is None:
            email = unexpected_null("PoolContact.email")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("PoolContact.status")

        priority = d.get("priority", UNSET)
        if priority is None:
            priority = unexpected_null("PoolContact.priority")

        retry_count = d.get("retry_count", UNSET)
        if retry_count is None:
            retry_count = unexpected_null("PoolContact.retry_count")

        started_at = d.get("started_at", UNSET)
        if started_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                started_at = fromisoformat(started_at)
            except ValueError:
                started_at = parse_datetime(started_at, "PoolContact.started_at")
        elif started_at is not UNSET and started_at is not None:
            started_at = mismatch(started_at, "PoolContact.started_at")

        completed_at = d.get("completed_at", UNSET)
        if completed_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                completed_at = fromisoformat(completed_at)
            except ValueError:
                completed_at = parse_datetime(completed_at, "PoolContact.completed_at")
        elif completed_at is not UNSET and completed_at is not None:
            completed_at = mismatch(completed_at, "PoolContact.completed_at")

        failed_at = d.get("failed_at", UNSET)
        if failed_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                failed_at = fromisoformat(failed_at)
            except ValueError:
                failed_at = parse_datetime(failed_at, "PoolContact.failed_at")
        elif failed_at is not UNSET and failed_at is not None:
            failed_at = mismatch(failed_at, "PoolContact.failed_at")

        next_retry_at = d.get("next_retry_at", UNSET)
        if next_retry_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                next_retry_at = fromisoformat(next_retry_at)
            except ValueError:
                next_retry_at = parse_datetime(next_retry_at, "PoolContact.next_retry_at")
        elif next_retry_at is not UNSET and next_retry_at is not None:
            next_retry_at = mismatch(next_retry_at, "PoolContact.next_retry_at")

        notes = d.get("notes", UNSET)

        added_at = d.get("added_at", UNSET)
        if added_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                added_at = fromisoformat(added_at)
            except ValueError:
                added_at = parse_datetime(added_at, "PoolContact.added_at")
        elif added_at is None:
            added_at = unexpected_null("PoolContact.added_at")
        elif added_at is not UNSET and added_at is not None:
            added_at = mismatch(added_at, "PoolContact.added_at")

        pool_contact = new_instance(cls)
        pool_contact.contact_uuid = contact_uuid
        pool_contact.name = name
        pool_contact.phone_number = phone_number
        pool_contact.email = email
        pool_contact.status = status
        pool_contact.priority = priority
        pool_contact.retry_count = retry_count
        pool_contact.started_at = started_at
        pool_contact.completed_at = completed_at
        pool_contact.failed_at = failed_at
        pool_contact.next_retry_at = next_retry_at
        pool_contact.notes = notes
        pool_contact.added_at = added_at
        pool_contact.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolContact")
        )
        return pool_contact

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
