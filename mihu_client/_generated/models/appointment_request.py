from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
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

if TYPE_CHECKING:
    from ..models.appointment_request_appointment_type_0 import AppointmentRequestAppointmentType0
    from ..models.appointment_request_contact import AppointmentRequestContact
    from ..models.appointment_request_schedule import AppointmentRequestSchedule


T = TypeVar("T", bound="AppointmentRequest")


@_attrs_define
class AppointmentRequest:
    """A proposed booking on a schedule awaiting approval. The list, show and create endpoints each return a different
    subset of these fields.

    """

    id: int | Unset = UNSET
    uuid: UUID | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset | None = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset | None = UNSET
    status: str | Unset = UNSET
    """ Request status: pending, approved or rejected. """
    notes: str | Unset | None = UNSET
    approval_note: str | Unset | None = UNSET
    rejection_reason: str | Unset | None = UNSET
    approved_at: datetime.datetime | Unset | None = UNSET
    rejected_at: datetime.datetime | Unset | None = UNSET
    appointment: AppointmentRequestAppointmentType0 | Unset | None = UNSET
    """ Appointment created from this request once approved. """
    schedule: AppointmentRequestSchedule | Unset | None = UNSET
    contact: AppointmentRequestContact | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        title = self.title

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
            )

        end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time
        else:
            end_time = self.end_time

        status = self.status

        notes: str | Unset | None
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        approval_note: str | Unset | None
        if isinstance(self.approval_note, Unset):
            approval_note = UNSET
        else:
            approval_note = self.approval_note

        rejection_reason: str | Unset | None
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = self.rejection_reason

        approved_at: str | Unset | None
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = (
                self.approved_at.isoformat() if isinstance(self.approved_at, datetime.datetime) else self.approved_at
            )
        else:
            approved_at = self.approved_at

        rejected_at: str | Unset | None
        if isinstance(self.rejected_at, Unset):
            rejected_at = UNSET
        elif isinstance(self.rejected_at, datetime.datetime):
            rejected_at = (
                self.rejected_at.isoformat() if isinstance(self.rejected_at, datetime.datetime) else self.rejected_at
            )
        else:
            rejected_at = self.rejected_at

        appointment: dict[str, Any] | Unset | None
        if isinstance(self.appointment, Unset):
            appointment = UNSET
        elif isinstance(self.appointment, AppointmentRequestAppointmentType0):
            appointment = self.appointment.to_dict() if hasattr(self.appointment, "to_dict") else self.appointment
        else:
            appointment = self.appointment

        schedule: dict[str, Any] | Unset | None
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, AppointmentRequestSchedule):
            schedule = self.schedule.to_dict() if hasattr(self.schedule, "to_dict") else self.schedule
        else:
            schedule = self.schedule

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, AppointmentRequestContact):
            contact = self.contact.to_dict() if hasattr(self.contact, "to_dict") else self.contact
        else:
            contact = self.contact

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if approval_note is not UNSET:
            field_dict["approval_note"] = approval_note
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if rejected_at is not UNSET:
            field_dict["rejected_at"] = rejected_at
        if appointment is not UNSET:
            field_dict["appointment"] = appointment
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if contact is not UNSET:
            field_dict["contact"] = contact
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        id = d.get("id", UNSET)
        if id is None:
            id = unexpected_null("AppointmentRequest.id")

        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "AppointmentRequest.uuid")
        elif uuid is None:
            uuid = unexpected_null("AppointmentRequest.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "AppointmentRequest.uuid")

        title = d.get("title", UNSET)
        if title is None:
            title = unexpected_null("AppointmentRequest.title")

        description = d.get("description", UNSET)

        start_time = d.get("start_time", UNSET)
        if start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                start_time = fromisoformat(start_time)
            except ValueError:
                start_time = parse_datetime(start_time, "AppointmentRequest.start_time")
        elif start_time is None:
            start_time = unexpected_null("AppointmentRequest.start_time")
        elif start_time is not UNSET and start_time is not None:
            start_time = mismatch(start_time, "AppointmentRequest.start_time")

        end_time = d.get("end_time", UNSET)
        if end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                end_time = fromisoformat(end_time)
            except ValueError:
                end_time = parse_datetime(end_time, "AppointmentRequest.end_time")
        elif end_time is not UNSET and end_time is not None:
            end_time = mismatch(end_time, "AppointmentRequest.end_time")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("AppointmentRequest.status")

        notes = d.get("notes", UNSET)

        approval_note = d.get("approval_note", UNSET)

        rejection_reason = d.get("rejection_reason", UNSET)

        approved_at = d.get("approved_at", UNSET)
        if approved_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                approved_at = fromisoformat(approved_at)
            except ValueError:
                approved_at = parse_datetime(approved_at, "AppointmentRequest.approved_at")
        elif approved_at is not UNSET and approved_at is not None:
            approved_at = mismatch(approved_at, "AppointmentRequest.approved_at")

        rejected_at = d.get("rejected_at", UNSET)
        if rejected_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                rejected_at = fromisoformat(rejected_at)
            except ValueError:
                rejected_at = parse_datetime(rejected_at, "AppointmentRequest.rejected_at")
        elif rejected_at is not UNSET and rejected_at is not None:
            rejected_at = mismatch(rejected_at, "AppointmentRequest.rejected_at")

        appointment = d.get("appointment", UNSET)
        if appointment.__class__ is dict:
            appointment = _from_dict_AppointmentRequestAppointmentType0(appointment)
        elif appointment is not UNSET and appointment is not None:
            appointment = mismatch(appointment, "AppointmentRequest.appointment")

        schedule = d.get("schedule", UNSET)
        if schedule.__class__ is dict:
            schedule = _from_dict_AppointmentRequestSchedule(schedule)
        elif schedule is not UNSET and schedule is not None:
            schedule = mismatch(schedule, "AppointmentRequest.schedule")

        contact = d.get("contact", UNSET)
        if contact.__class__ is dict:
            contact = _from_dict_AppointmentRequestContact(contact)
        elif contact is not UNSET and contact is not None:
            contact = mismatch(contact, "AppointmentRequest.contact")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "AppointmentRequest.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "AppointmentRequest.created_at")

        appointment_request = new_instance(cls)
        appointment_request.id = id
        appointment_request.uuid = uuid
        appointment_request.title = title
        appointment_request.description = description
        appointment_request.start_time = start_time
        appointment_request.end_time = end_time
        appointment_request.status = status
        appointment_request.notes = notes
        appointment_request.approval_note = approval_note
        appointment_request.rejection_reason = rejection_reason
        appointment_request.approved_at = approved_at
        appointment_request.rejected_at = rejected_at
        appointment_request.appointment = appointment
        appointment_request.schedule = schedule
        appointment_request.contact = contact
        appointment_request.created_at = created_at
        appointment_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequest")
        )
        return appointment_request

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
        "id",
        "uuid",
        "title",
        "description",
        "start_time",
        "end_time",
        "status",
        "notes",
        "approval_note",
        "rejection_reason",
        "approved_at",
        "rejected_at",
        "appointment",
        "schedule",
        "contact",
        "created_at",
    )
)

from ..models.appointment_request_appointment_type_0 import AppointmentRequestAppointmentType0
from ..models.appointment_request_contact import AppointmentRequestContact
from ..models.appointment_request_schedule import AppointmentRequestSchedule

_from_dict_AppointmentRequestAppointmentType0 = AppointmentRequestAppointmentType0.from_dict


_from_dict_AppointmentRequestSchedule = AppointmentRequestSchedule.from_dict


_from_dict_AppointmentRequestContact = AppointmentRequestContact.from_dict
