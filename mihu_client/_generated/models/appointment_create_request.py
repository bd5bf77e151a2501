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
    missing,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.appointment_create_request_custom_answers import AppointmentCreateRequestCustomAnswers


T = TypeVar("T", bound="AppointmentCreateRequest")


@_attrs_define
class AppointmentCreateRequest:
    schedule_uuid: UUID
    title: str
    start_time: datetime.datetime
    end_time: datetime.datetime
    contact_uuid: UUID | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    notes: str | Unset = UNSET
    custom_answers: AppointmentCreateRequestCustomAnswers | Unset = UNSET
    """ Answers to the schedule's custom questions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid

        title = self.title

        start_time = self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time

        end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        description = self.description

        status = self.status

        notes = self.notes

        custom_answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_answers, Unset):
            custom_answers = (
                self.custom_answers.to_dict() if hasattr(self.custom_answers, "to_dict") else self.custom_answers
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule_uuid": schedule_uuid,
                "title": title,
                "start_time": start_time,
                "end_time": end_time,
            }
        )
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes
        if custom_answers is not UNSET:
            field_dict["custom_answers"] = custom_answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        schedule_uuid = d.get("schedule_uuid", UNSET)
        if schedule_uuid.__class__ is str:
            schedule_uuid = parse_uuid(schedule_uuid, "AppointmentCreateRequest.schedule_uuid")
        elif schedule_uuid is UNSET:
            schedule_uuid = missing("AppointmentCreateRequest.schedule_uuid")
        elif schedule_uuid is None:
            schedule_uuid = unexpected_null("AppointmentCreateRequest.schedule_uuid")
        elif schedule_uuid is not UNSET and schedule_uuid is not None:
            schedule_uuid = mismatch(schedule_uuid, "AppointmentCreateRequest.schedule_uuid")

        title = d.get("title", UNSET)
        if title is UNSET:
            title = missing("AppointmentCreateRequest.title")
        if title is None:
            title = unexpected_null("AppointmentCreateRequest.title")

        start_time = d.get("start_time", UNSET)
        if start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                start_time = fromisoformat(start_time)
            except ValueError:
                start_time = parse_datetime(start_time, "AppointmentCreateRequest.start_time")
        elif start_time is UNSET:
            start_time = missing("AppointmentCreateRequest.start_time")
        elif start_time is None:
            start_time = unexpected_null("AppointmentCreateRequest.start_time")
        elif start_time is not UNSET and start_time is not None:
            start_time = mismatch(start_time, "AppointmentCreateRequest.start_time")

        end_time = d.get("end_time", UNSET)
        if end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                end_time = fromisoformat(end_time)
            except ValueError:
                end_time = parse_datetime(end_time, "AppointmentCreateRequest.end_time")
        elif end_time is UNSET:
            end_time = missing("AppointmentCreateRequest.end_time")
        elif end_time is None:
            end_time = unexpected_null("AppointmentCreateRequest.end_time")
        elif end_time is not UNSET and end_time is not None:
            end_time = mismatch(end_time, "AppointmentCreateRequest.end_time")

        contact_uuid = d.get("contact_uuid", UNSET)
        if contact_uuid.__class__ is str:
            contact_uuid = parse_uuid(contact_uuid, "AppointmentCreateRequest.contact_uuid")
        elif contact_uuid is None:
            contact_uuid = unexpected_null("AppointmentCreateRequest.contact_uuid")
        elif contact_uuid is not UNSET and contact_uuid is not None:
            contact_uuid = mismatch(contact_uuid, "AppointmentCreateRequest.contact_uuid")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("AppointmentCreateRequest.description")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("AppointmentCreateRequest.status")

        notes = d.get("notes", UNSET)
        if notes is None:
            notes = unexpected_null("AppointmentCreateRequest.notes")

        custom_answers = d.get("custom_answers", UNSET)
        if custom_answers.__class__ is dict:
            custom_answers = _from_dict_AppointmentCreateRequestCustomAnswers(custom_answers)
        elif custom_answers is None:
            custom_answers = unexpected_null("AppointmentCreateRequest.custom_answers")
        elif custom_answers is not UNSET and custom_answers is not None:
            custom_answers = mismatch(custom_answers, "AppointmentCreateRequest.custom_answers")

        appointment_create_request = new_instance(cls)
        appointment_create_request.schedule_uuid = schedule_uuid
        appointment_create_request.title = title
        appointment_create_request.start_time = start_time
        appointment_create_request.end_time = end_time
        appointment_create_request.contact_uuid = contact_uuid
        appointment_create_request.description = description
        appointment_create_request.status = status
        appointment_create_request.notes = notes
        appointment_create_request.custom_answers = custom_answers
        appointment_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentCreateRequest")
        )
        return appointment_create_request

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
        "end_time",
        "contact_uuid",
        "description",
        "status",
        "notes",
        "custom_answers",
    )
)

from ..models.appointment_create_request_custom_answers import AppointmentCreateRequestCustomAnswers

_from_dict_AppointmentCreateRequestCustomAnswers = AppointmentCreateRequestCustomAnswers.from_dict
