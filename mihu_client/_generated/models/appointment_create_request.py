from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        schedule_uuid = str(self.schedule_uuid)

        title = self.title

        start_time = self.start_time.isoformat()

        end_time = self.end_time.isoformat()

        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid)

        description = self.description

        status = self.status

        notes = self.notes

        custom_answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_answers, Unset):
            custom_answers = self.custom_answers.to_dict()

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
        from ..models.appointment_create_request_custom_answers import AppointmentCreateRequestCustomAnswers

        d = dict(src_dict)
        schedule_uuid = UUID(d.pop("schedule_uuid"))

        title = d.pop("title")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        end_time = datetime.datetime.fromisoformat(d.pop("end_time"))

        _contact_uuid = d.pop("contact_uuid", UNSET)
        contact_uuid: UUID | Unset
        if isinstance(_contact_uuid, Unset):
            contact_uuid = UNSET
        else:
            contact_uuid = UUID(_contact_uuid)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        notes = d.pop("notes", UNSET)

        _custom_answers = d.pop("custom_answers", UNSET)
        custom_answers: AppointmentCreateRequestCustomAnswers | Unset
        if isinstance(_custom_answers, Unset):
            custom_answers = UNSET
        else:
            custom_answers = AppointmentCreateRequestCustomAnswers.from_dict(_custom_answers)

        appointment_create_request = cls(
            schedule_uuid=schedule_uuid,
            title=title,
            start_time=start_time,
            end_time=end_time,
            contact_uuid=contact_uuid,
            description=description,
            status=status,
            notes=notes,
            custom_answers=custom_answers,
        )

        appointment_create_request.additional_properties = d
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
