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
        v_id = self.id

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

        v_approval_note: str | Unset | None
        if isinstance(self.approval_note, Unset):
            v_approval_note = UNSET
        else:
            v_approval_note = self.approval_note

        v_rejection_reason: str | Unset | None
        if isinstance(self.rejection_reason, Unset):
            v_rejection_reason = UNSET
        else:
            v_rejection_reason = self.rejection_reason

        v_approved_at: str | Unset | None
        if isinstance(self.approved_at, Unset):
            v_approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            v_approved_at = (
                self.approved_at.isoformat() if isinstance(self.approved_at, datetime.datetime) else self.approved_at
            )
        else:
            v_approved_at = self.approved_at

        v_rejected_at: str | Unset | None
        if isinstance(self.rejected_at, Unset):
            v_rejected_at = UNSET
        elif isinstance(self.rejected_at, datetime.datetime):
            v_rejected_at = (
                self.rejected_at.isoformat() if isinstance(self.rejected_at, datetime.datetime) else self.rejected_at
            )
        else:
            v_rejected_at = self.rejected_at

        v_appointment: dict[str, Any] | Unset | None
        if isinstance(self.appointment, Unset):
            v_appointment = UNSET
        elif isinstance(self.appointment, AppointmentRequestAppointmentType0):
            v_appointment = (
                self.appointment.to_dict()
                if isinstance(self.appointment, AppointmentRequestAppointmentType0)
                else self.appointment
            )
        else:
            v_appointment = self.appointment

        v_schedule: dict[str, Any] | Unset | None
        if isinstance(self.schedule, Unset):
            v_schedule = UNSET
        elif isinstance(self.schedule, AppointmentRequestSchedule):
            v_schedule = (
                self.schedule.to_dict() if isinstance(self.schedule, AppointmentRequestSchedule) else self.schedule
            )
        else:
            v_schedule = self.schedule

        v_contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            v_contact = UNSET
        elif isinstance(self.contact, AppointmentRequestContact):
            v_contact = self.contact.to_dict() if isinstance(self.contact, AppointmentRequestContact) else self.contact
        else:
            v_contact = self.contact

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
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
        if v_approval_note is not UNSET:
            field_dict["approval_note"] = v_approval_note
        if v_rejection_reason is not UNSET:
            field_dict["rejection_reason"] = v_rejection_reason
        if v_approved_at is not UNSET:
            field_dict["approved_at"] = v_approved_at
        if v_rejected_at is not UNSET:
            field_dict["rejected_at"] = v_rejected_at
        if v_appointment is not UNSET:
            field_dict["appointment"] = v_appointment
        if v_schedule is not UNSET:
            field_dict["schedule"] = v_schedule
        if v_contact is not UNSET:
            field_dict["contact"] = v_contact
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id is None:
            v_id = unexpected_null("AppointmentRequest.id")

        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "AppointmentRequest.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("AppointmentRequest.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "AppointmentRequest.uuid")

        v_title = d.get("title", UNSET)
        if v_title is None:
            v_title = unexpected_null("AppointmentRequest.title")

        v_description = d.get("description", UNSET)

        v_start_time = d.get("start_time", UNSET)
        if v_start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_time = fromisoformat(v_start_time)
            except ValueError:
                v_start_time = parse_datetime(v_start_time, "AppointmentRequest.start_time")
        elif v_start_time is None:
            v_start_time = unexpected_null("AppointmentRequest.start_time")
        elif v_start_time is not UNSET and v_start_time is not None:
            v_start_time = mismatch(v_start_time, "AppointmentRequest.start_time")

        v_end_time = d.get("end_time", UNSET)
        if v_end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_time = fromisoformat(v_end_time)
            except ValueError:
                v_end_time = parse_datetime(v_end_time, "AppointmentRequest.end_time")
        elif v_end_time is not UNSET and v_end_time is not None:
            v_end_time = mismatch(v_end_time, "AppointmentRequest.end_time")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("AppointmentRequest.status")

        v_notes = d.get("notes", UNSET)

        v_approval_note = d.get("approval_note", UNSET)

        v_rejection_reason = d.get("rejection_reason", UNSET)

        v_approved_at = d.get("approved_at", UNSET)
        if v_approved_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_approved_at = fromisoformat(v_approved_at)
            except ValueError:
                v_approved_at = parse_datetime(v_approved_at, "AppointmentRequest.approved_at")
        elif v_approved_at is not UNSET and v_approved_at is not None:
            v_approved_at = mismatch(v_approved_at, "AppointmentRequest.approved_at")

        v_rejected_at = d.get("rejected_at", UNSET)
        if v_rejected_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_rejected_at = fromisoformat(v_rejected_at)
            except ValueError:
                v_rejected_at = parse_datetime(v_rejected_at, "AppointmentRequest.rejected_at")
        elif v_rejected_at is not UNSET and v_rejected_at is not None:
            v_rejected_at = mismatch(v_rejected_at, "AppointmentRequest.rejected_at")

        v_appointment = d.get("appointment", UNSET)
        if v_appointment.__class__ is dict:
            v_appointment = _from_dict_AppointmentRequestAppointmentType0(v_appointment)
        elif v_appointment is not UNSET and v_appointment is not None:
            v_appointment = mismatch(v_appointment, "AppointmentRequest.appointment")

        v_schedule = d.get("schedule", UNSET)
        if v_schedule.__class__ is dict:
            v_schedule = _from_dict_AppointmentRequestSchedule(v_schedule)
        elif v_schedule is not UNSET and v_schedule is not None:
            v_schedule = mismatch(v_schedule, "AppointmentRequest.schedule")

        v_contact = d.get("contact", UNSET)
        if v_contact.__class__ is dict:
            v_contact = _from_dict_AppointmentRequestContact(v_contact)
        elif v_contact is not UNSET and v_contact is not None:
            v_contact = mismatch(v_contact, "AppointmentRequest.contact")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "AppointmentRequest.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "AppointmentRequest.created_at")

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.uuid = v_uuid
        _instance.title = v_title
        _instance.description = v_description
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.status = v_status
        _instance.notes = v_notes
        _instance.approval_note = v_approval_note
        _instance.rejection_reason = v_rejection_reason
        _instance.approved_at = v_approved_at
        _instance.rejected_at = v_rejected_at
        _instance.appointment = v_appointment
        _instance.schedule = v_schedule
        _instance.contact = v_contact
        _instance.created_at = v_created_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequest")
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
