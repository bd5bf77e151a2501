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
)

T = TypeVar("T", bound="Appointment")


@_attrs_define
class Appointment:
    """A booked appointment. Fields are the snake_case forms of those a third-party mirror of older vendor docs lists for
    an appointment (camelCased there); the same names appear in the create and update requests.

    """

    uuid: UUID | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset | None = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    status: str | Unset = UNSET
    """ Appointment status, e.g. approved, pending or cancelled. """
    notes: str | Unset | None = UNSET
    schedule_uuid: Unset | UUID | None = UNSET
    contact_uuid: Unset | UUID | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_title = self.title

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            v_start_time = (
                self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
            )

        v_end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            v_end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            v_end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time
        else:
            v_end_time = self.end_time

        v_status = self.status

        v_notes: str | Unset | None
        if isinstance(self.notes, Unset):
            v_notes = UNSET
        else:
            v_notes = self.notes

        v_schedule_uuid: str | Unset | None
        if isinstance(self.schedule_uuid, Unset):
            v_schedule_uuid = UNSET
        elif isinstance(self.schedule_uuid, UUID):
            v_schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid
        else:
            v_schedule_uuid = self.schedule_uuid

        v_contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            v_contact_uuid = UNSET
        elif isinstance(self.contact_uuid, UUID):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid
        else:
            v_contact_uuid = self.contact_uuid

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_title is not UNSET:
            field_dict["title"] = v_title
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_start_time is not UNSET:
            field_dict["start_time"] = v_start_time
        if v_end_time is not UNSET:
            field_dict["end_time"] = v_end_time
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_notes is not UNSET:
            field_dict["notes"] = v_notes
        if v_schedule_uuid is not UNSET:
            field_dict["schedule_uuid"] = v_schedule_uuid
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Appointment.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Appointment.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Appointment.uuid")

        v_title = d.get("title", UNSET)
        if v_title is None:
            v_title = unexpected_null("Appointment.title")

        v_description = d.get("description", UNSET)

        v_start_time = d.get("start_time", UNSET)
        if v_start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_time = fromisoformat(v_start_time)
            except ValueError:
                v_start_time = parse_datetime(v_start_time, "Appointment.start_time")
        elif v_start_time is None:
            v_start_time = unexpected_null("Appointment.start_time")
        elif v_start_time is not UNSET and v_start_time is not None:
            v_start_time = mismatch(v_start_time, "Appointment.start_time")

        v_end_time = d.get("end_time", UNSET)
        if v_end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_time = fromisoformat(v_end_time)
            except ValueError:
                v_end_time = parse_datetime(v_end_time, "Appointment.end_time")
        elif v_end_time is not UNSET and v_end_time is not None:
            v_end_time = mismatch(v_end_time, "Appointment.end_time")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("Appointment.status")

        v_notes = d.get("notes", UNSET)

        v_schedule_uuid = d.get("schedule_uuid", UNSET)
        if v_schedule_uuid.__class__ is str:
            v_schedule_uuid = parse_uuid(v_schedule_uuid, "Appointment.schedule_uuid")
        elif v_schedule_uuid is not UNSET and v_schedule_uuid is not None:
            v_schedule_uuid = mismatch(v_schedule_uuid, "Appointment.schedule_uuid")

        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "Appointment.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "Appointment.contact_uuid")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Appointment.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Appointment.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Appointment.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Appointment.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.title = v_title
        _instance.description = v_description
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.status = v_status
        _instance.notes = v_notes
        _instance.schedule_uuid = v_schedule_uuid
        _instance.contact_uuid = v_contact_uuid
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
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
        "uuid",
        "title",
        "description",
        "start_time",
        "end_time",
        "status",
        "notes",
        "schedule_uuid",
        "contact_uuid",
        "created_at",
        "updated_at",
    )
)
