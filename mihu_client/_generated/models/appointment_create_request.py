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
        v_schedule_uuid = str(self.schedule_uuid) if isinstance(self.schedule_uuid, UUID) else self.schedule_uuid

        v_title = self.title

        v_start_time = (
            self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
        )

        v_end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        v_contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        v_description = self.description

        v_status = self.status

        v_notes = self.notes

        v_custom_answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_answers, Unset):
            v_custom_answers = (
                self.custom_answers.to_dict()
                if isinstance(self.custom_answers, AppointmentCreateRequestCustomAnswers)
                else self.custom_answers
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_schedule_uuid, Unset):
            field_dict["schedule_uuid"] = v_schedule_uuid
        if not isinstance(v_title, Unset):
            field_dict["title"] = v_title
        if not isinstance(v_start_time, Unset):
            field_dict["start_time"] = v_start_time
        if not isinstance(v_end_time, Unset):
            field_dict["end_time"] = v_end_time
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_notes is not UNSET:
            field_dict["notes"] = v_notes
        if v_custom_answers is not UNSET:
            field_dict["custom_answers"] = v_custom_answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_schedule_uuid = d.get("schedule_uuid", UNSET)
        if v_schedule_uuid.__class__ is str:
            v_schedule_uuid = parse_uuid(v_schedule_uuid, "AppointmentCreateRequest.schedule_uuid")
        elif v_schedule_uuid is UNSET:
            v_schedule_uuid = missing("AppointmentCreateRequest.schedule_uuid")
        elif v_schedule_uuid is None:
            v_schedule_uuid = unexpected_null("AppointmentCreateRequest.schedule_uuid")
        elif v_schedule_uuid is not UNSET and v_schedule_uuid is not None:
            v_schedule_uuid = mismatch(v_schedule_uuid, "AppointmentCreateRequest.schedule_uuid")

        v_title = d.get("title", UNSET)
        if v_title is UNSET:
            v_title = missing("AppointmentCreateRequest.title")
        if v_title is None:
            v_title = unexpected_null("AppointmentCreateRequest.title")

        v_start_time = d.get("start_time", UNSET)
        if v_start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_time = fromisoformat(v_start_time)
            except ValueError:
                v_start_time = parse_datetime(v_start_time, "AppointmentCreateRequest.start_time")
        elif v_start_time is UNSET:
            v_start_time = missing("AppointmentCreateRequest.start_time")
        elif v_start_time is None:
            v_start_time = unexpected_null("AppointmentCreateRequest.start_time")
        elif v_start_time is not UNSET and v_start_time is not None:
            v_start_time = mismatch(v_start_time, "AppointmentCreateRequest.start_time")

        v_end_time = d.get("end_time", UNSET)
        if v_end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_time = fromisoformat(v_end_time)
            except ValueError:
                v_end_time = parse_datetime(v_end_time, "AppointmentCreateRequest.end_time")
        elif v_end_time is UNSET:
            v_end_time = missing("AppointmentCreateRequest.end_time")
        elif v_end_time is None:
            v_end_time = unexpected_null("AppointmentCreateRequest.end_time")
        elif v_end_time is not UNSET and v_end_time is not None:
            v_end_time = mismatch(v_end_time, "AppointmentCreateRequest.end_time")

        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "AppointmentCreateRequest.contact_uuid")
        elif v_contact_uuid is None:
            v_contact_uuid = unexpected_null("AppointmentCreateRequest.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "AppointmentCreateRequest.contact_uuid")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("AppointmentCreateRequest.description")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("AppointmentCreateRequest.status")

        v_notes = d.get("notes", UNSET)
        if v_notes is None:
            v_notes = unexpected_null("AppointmentCreateRequest.notes")

        v_custom_answers = d.get("custom_answers", UNSET)
        if v_custom_answers.__class__ is dict:
            v_custom_answers = _from_dict_AppointmentCreateRequestCustomAnswers(v_custom_answers)
        elif v_custom_answers is None:
            v_custom_answers = unexpected_null("AppointmentCreateRequest.custom_answers")
        elif v_custom_answers is not UNSET and v_custom_answers is not None:
            v_custom_answers = mismatch(v_custom_answers, "AppointmentCreateRequest.custom_answers")

        _instance = new_instance(cls)
        _instance.schedule_uuid = v_schedule_uuid
        _instance.title = v_title
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.contact_uuid = v_contact_uuid
        _instance.description = v_description
        _instance.status = v_status
        _instance.notes = v_notes
        _instance.custom_answers = v_custom_answers
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentCreateRequest")
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
