from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.appointment_request_appointment_type_0 import AppointmentRequestAppointmentType0
        from ..models.appointment_request_contact import AppointmentRequestContact
        from ..models.appointment_request_schedule import AppointmentRequestSchedule

        id = self.id

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        title = self.title

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
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
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        rejected_at: str | Unset | None
        if isinstance(self.rejected_at, Unset):
            rejected_at = UNSET
        elif isinstance(self.rejected_at, datetime.datetime):
            rejected_at = self.rejected_at.isoformat()
        else:
            rejected_at = self.rejected_at

        appointment: dict[str, Any] | Unset | None
        if isinstance(self.appointment, Unset):
            appointment = UNSET
        elif isinstance(self.appointment, AppointmentRequestAppointmentType0):
            appointment = self.appointment.to_dict()
        else:
            appointment = self.appointment

        schedule: dict[str, Any] | Unset | None
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, AppointmentRequestSchedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, AppointmentRequestContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
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
        from ..models.appointment_request_appointment_type_0 import AppointmentRequestAppointmentType0
        from ..models.appointment_request_contact import AppointmentRequestContact
        from ..models.appointment_request_schedule import AppointmentRequestSchedule

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        title = d.pop("title", UNSET)

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        def _parse_end_time(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        status = d.pop("status", UNSET)

        def _parse_notes(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_approval_note(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_note = _parse_approval_note(d.pop("approval_note", UNSET))

        def _parse_rejection_reason(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        def _parse_approved_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approved_at = _parse_approved_at(d.pop("approved_at", UNSET))

        def _parse_rejected_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejected_at_type_0 = datetime.datetime.fromisoformat(data)

                return rejected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        rejected_at = _parse_rejected_at(d.pop("rejected_at", UNSET))

        def _parse_appointment(data: object) -> AppointmentRequestAppointmentType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                appointment_type_0 = AppointmentRequestAppointmentType0.from_dict(data)

                return appointment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentRequestAppointmentType0 | None | Unset, data)

        appointment = _parse_appointment(d.pop("appointment", UNSET))

        def _parse_schedule(data: object) -> AppointmentRequestSchedule | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_1 = AppointmentRequestSchedule.from_dict(data)

                return schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentRequestSchedule | None | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_contact(data: object) -> AppointmentRequestContact | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = AppointmentRequestContact.from_dict(data)

                return contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppointmentRequestContact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        appointment_request = cls(
            id=id,
            uuid=uuid,
            title=title,
            description=description,
            start_time=start_time,
            end_time=end_time,
            status=status,
            notes=notes,
            approval_note=approval_note,
            rejection_reason=rejection_reason,
            approved_at=approved_at,
            rejected_at=rejected_at,
            appointment=appointment,
            schedule=schedule,
            contact=contact,
            created_at=created_at,
        )

        appointment_request.additional_properties = d
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
