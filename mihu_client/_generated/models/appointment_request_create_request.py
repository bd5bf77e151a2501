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
        v_schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid

        v_title = self.title

        v_start_time = (
            self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
        )

        v_contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        v_contact_name = self.contact_name

        v_contact_surname = self.contact_surname

        v_contact_email = self.contact_email

        v_contact_phone = self.contact_phone

        v_description = self.description

        v_end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            v_end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        v_notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_schedule_uuid, Unset):
            field_dict["schedule_uuid"] = v_schedule_uuid
        if not isinstance(v_title, Unset):
            field_dict["title"] = v_title
        if not isinstance(v_start_time, Unset):
            field_dict["start_time"] = v_start_time
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_contact_name is not UNSET:
            field_dict["contact_name"] = v_contact_name
        if v_contact_surname is not UNSET:
            field_dict["contact_surname"] = v_contact_surname
        if v_contact_email is not UNSET:
            field_dict["contact_email"] = v_contact_email
        if v_contact_phone is not UNSET:
            field_dict["contact_phone"] = v_contact_phone
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_end_time is not UNSET:
            field_dict["end_time"] = v_end_time
        if v_notes is not UNSET:
            field_dict["notes"] = v_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_schedule_uuid = d.get("schedule_uuid", UNSET)
        if v_schedule_uuid.__class__ is str:
            v_schedule_uuid = parse_uuid(v_schedule_uuid, "AppointmentRequestCreateRequest.schedule_uuid")
        elif v_schedule_uuid is UNSET:
            v_schedule_uuid = missing("AppointmentRequestCreateRequest.schedule_uuid")
        elif v_schedule_uuid is None:
            v_schedule_uuid = unexpected_null("AppointmentRequestCreateRequest.schedule_uuid")
        elif v_schedule_uuid is not UNSET and v_schedule_uuid is not None:
            v_schedule_uuid = mismatch(v_schedule_uuid, "AppointmentRequestCreateRequest.schedule_uuid")

        v_title = d.get("title", UNSET)
        if v_title is UNSET:
            v_title = missing("AppointmentRequestCreateRequest.title")
        if v_title is None:
            v_title = unexpected_null("AppointmentRequestCreateRequest.title")

        v_start_time = d.get("start_time", UNSET)
        if v_start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_time = fromisoformat(v_start_time)
            except ValueError:
                v_start_time = parse_datetime(v_start_time, "AppointmentRequestCreateRequest.start_time")
        elif v_start_time is UNSET:
            v_start_time = missing("AppointmentRequestCreateRequest.start_time")
        elif v_start_time is None:
            v_start_time = unexpected_null("AppointmentRequestCreateRequest.start_time")
        elif v_start_time is not UNSET and v_start_time is not None:
            v_start_time = mismatch(v_start_time, "AppointmentRequestCreateRequest.start_time")

        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "AppointmentRequestCreateRequest.contact_uuid")
        elif v_contact_uuid is None:
            v_contact_uuid = unexpected_null("AppointmentRequestCreateRequest.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "AppointmentRequestCreateRequest.contact_uuid")

        v_contact_name = d.get("contact_name", UNSET)
        if v_contact_name is None:
            v_contact_name = unexpected_null("AppointmentRequestCreateRequest.contact_name")

        v_contact_surname = d.get("contact_surname", UNSET)
        if v_contact_surname is None:
            v_contact_surname = unexpected_null("AppointmentRequestCreateRequest.contact_surname")

        v_contact_email = d.get("contact_email", UNSET)
        if v_contact_email is None:
            v_contact_email = unexpected_null("AppointmentRequestCreateRequest.contact_email")

        v_contact_phone = d.get("contact_phone", UNSET)
        if v_contact_phone is None:
            v_contact_phone = unexpected_null("AppointmentRequestCreateRequest.contact_phone")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("AppointmentRequestCreateRequest.description")

        v_end_time = d.get("end_time", UNSET)
        if v_end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_time = fromisoformat(v_end_time)
            except ValueError:
                v_end_time = parse_datetime(v_end_time, "AppointmentRequestCreateRequest.end_time")
        elif v_end_time is None:
            v_end_time = unexpected_null("AppointmentRequestCreateRequest.end_time")
        elif v_end_time is not UNSET and v_end_time is not None:
            v_end_time = mismatch(v_end_time, "AppointmentRequestCreateRequest.end_time")

        v_notes = d.get("notes", UNSET)
        if v_notes is None:
            v_notes = unexpected_null("AppointmentRequestCreateRequest.notes")

        _instance = new_instance(cls)
        _instance.schedule_uuid = v_schedule_uuid
        _instance.title = v_title
        _instance.start_time = v_start_time
        _instance.contact_uuid = v_contact_uuid
        _instance.contact_name = v_contact_name
        _instance.contact_surname = v_contact_surname
        _instance.contact_email = v_contact_email
        _instance.contact_phone = v_contact_phone
        _instance.description = v_description
        _instance.end_time = v_end_time
        _instance.notes = v_notes
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequestCreateRequest")
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
