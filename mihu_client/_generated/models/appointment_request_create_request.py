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
    missing,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AppointmentRequestCreateRequest")


@_attrs_define
class AppointmentRequestCreateRequest:
    schedule_uuid: UUID
    """ Schedule to book on. """
    title: str
    """ Appointment title. """
    start_time: datetime.datetime
    """ Requested start; must lie in the future. """
    contact_uuid: UUID | Unset = UNSET
    """ Existing contact; may be omitted when contact details are given. """
    contact_name: str | Unset = UNSET
    """ Required when contact_uuid is not given. """
    contact_surname: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    """ Required when contact_uuid is not given. """
    contact_phone: str | Unset = UNSET
    description: str | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    """ Optional; defaults to the schedule's availability-type duration. """
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid

        title = self.title

        start_time = self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time

        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        contact_name = self.contact_name

        contact_surname = self.contact_surname

        contact_email = self.contact_email

        contact_phone = self.contact_phone

        description = self.description

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_uuid": schedule_uuid,
                "title": title,
                "start_time": start_time,
            }
        )
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_surname is not UNSET:
            field_dict["contact_surname"] = contact_surname
        if contact_email is not UNSET:
            field_dict["contact_email"] = contact_email
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if description is not UNSET:
            field_dict["description"] = description
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        schedule_uuid = d.get("schedule_uuid", UNSET)
        if schedule_uuid.__class__ is str:
            schedule_uuid = parse_uuid(schedule_uuid, "AppointmentRequestCreateRequest.schedule_uuid")
        elif schedule_uuid is UNSET:
            schedule_uuid = missing("AppointmentRequestCreateRequest.schedule_uuid")
        elif schedule_uuid is None:
            schedule_uuid = unexpected_null("AppointmentRequestCreateRequest.schedule_uuid")
        elif schedule_uuid is not UNSET and schedule_uuid is not None:
            schedule_uuid = mismatch(schedule_uuid, "AppointmentRequestCreateRequest.schedule_uuid")

        title = d.get("title", UNSET)
        if title is UNSET:
            title = missing("AppointmentRequestCreateRequest.title")
        if title is None:
            title = unexpected_null("AppointmentRequestCreateRequest.title")

        start_time = d.get("start_time", UNSET)
        if start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                start_time = fromisoformat(start_time)
            except ValueError:
                start_time = parse_datetime(start_time, "AppointmentRequestCreateRequest.start_time")
        elif start_time is UNSET:
            start_time = missing("AppointmentRequestCreateRequest.start_time")
        elif start_time is None:
            start_time = unexpected_null("AppointmentRequestCreateRequest.start_time")
        elif start_time is not UNSET and start_time is not None:
            start_time = mismatch(start_time, "AppointmentRequestCreateRequest.start_time")

        contact_uuid = d.get("contact_uuid", UNSET)
        if contact_uuid.__class__ is str:
            contact_uuid = parse_uuid(contact_uuid, "AppointmentRequestCreateRequest.contact_uuid")
        elif contact_uuid is None:
            contact_uuid = unexpected_null("AppointmentRequestCreateRequest.contact_uuid")
        elif contact_uuid is not UNSET and contact_uuid is not None:
            contact_uuid = mismatch(contact_uuid, "AppointmentRequestCreateRequest.contact_uuid")

        contact_name = d.get("contact_name", UNSET)
        if contact_name is None:
            contact_name = unexpected_null("AppointmentRequestCreateRequest.contact_name")

        contact_surname = d.get("contact_surname", UNSET)
        if contact_surname is None:
            contact_surname = unexpected_null("AppointmentRequestCreateRequest.contact_surname")

        contact_email = d.get("contact_email", UNSET)
        if contact_email is None:
            contact_email = unexpected_null("AppointmentRequestCreateRequest.contact_email")

        contact_phone = d.get("contact_phone", UNSET)
        if contact_phone is None:
            contact_phone = unexpected_null("AppointmentRequestCreateRequest.contact_phone")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("AppointmentRequestCreateRequest.description")

        end_time = d.get("end_time", UNSET)
        if end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                end_time = fromisoformat(end_time)
            except ValueError:
                end_time = parse_datetime(end_time, "AppointmentRequestCreateRequest.end_time")
        elif end_time is None:
            end_time = unexpected_null("AppointmentRequestCreateRequest.end_time")
        elif end_time is not UNSET and end_time is not None:
            end_time = mismatch(end_time, "AppointmentRequestCreateRequest.end_time")

        notes = d.get("notes", UNSET)
        if notes is None:
            notes = unexpected_null("AppointmentRequestCreateRequest.notes")

        appointment_request_create_request = new_instance(cls)
        appointment_request_create_request.schedule_uuid = schedule_uuid
        appointment_request_create_request.title = title
        appointment_request_create_request.start_time = start_time
        appointment_request_create_request.contact_uuid = contact_uuid
        appointment_request_create_request.contact_name = contact_name
        appointment_request_create_request.contact_surname = contact_surname
        appointment_request_create_request.contact_email = contact_email
        appointment_request_create_request.contact_phone = contact_phone
        appointment_request_create_request.description = description
        appointment_request_create_request.end_time = end_time
        appointment_request_create_request.notes = notes
        appointment_request_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequestCreateRequest")
        )
        return appointment_request_create_request

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
        "schedule_uuid",
        "title",
        "start_time",
        "contact_uuid",
        "contact_name",
        "contact_surname",
        "contact_email",
        "contact_phone",
        "description",
        "end_time",
        "notes",
    )
)
