from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        schedule_uuid = str(self.schedule_uuid)

        title = self.title

        start_time = self.start_time.isoformat()

        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid)

        contact_name = self.contact_name

        contact_surname = self.contact_surname

        contact_email = self.contact_email

        contact_phone = self.contact_phone

        description = self.description

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

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
        d = dict(src_dict)
        schedule_uuid = UUID(d.pop("schedule_uuid"))

        title = d.pop("title")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        _contact_uuid = d.pop("contact_uuid", UNSET)
        contact_uuid: UUID | Unset
        if isinstance(_contact_uuid, Unset):
            contact_uuid = UNSET
        else:
            contact_uuid = UUID(_contact_uuid)

        contact_name = d.pop("contact_name", UNSET)

        contact_surname = d.pop("contact_surname", UNSET)

        contact_email = d.pop("contact_email", UNSET)

        contact_phone = d.pop("contact_phone", UNSET)

        description = d.pop("description", UNSET)

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        notes = d.pop("notes", UNSET)

        appointment_request_create_request = cls(
            schedule_uuid=schedule_uuid,
            title=title,
            start_time=start_time,
            contact_uuid=contact_uuid,
            contact_name=contact_name,
            contact_surname=contact_surname,
            contact_email=contact_email,
            contact_phone=contact_phone,
            description=description,
            end_time=end_time,
            notes=notes,
        )

        appointment_request_create_request.additional_properties = d
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
