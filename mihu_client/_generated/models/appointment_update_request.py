from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_update_request_status import AppointmentUpdateRequestStatus
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AppointmentUpdateRequest")


@_attrs_define
class AppointmentUpdateRequest:
    """Partial update of an appointment; the n8n node sends only non-empty fields."""

    title: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    status: AppointmentUpdateRequestStatus | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = (
                self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
            )

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        title = d.get("title", UNSET)
        if title is None:
            title = unexpected_null("AppointmentUpdateRequest.title")

        start_time = d.get("start_time", UNSET)
        if start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                start_time = fromisoformat(start_time)
            except ValueError:
                start_time = parse_datetime(start_time, "AppointmentUpdateRequest.start_time")
        elif start_time is None:
            start_time = unexpected_null("AppointmentUpdateRequest.start_time")
        elif start_time is not UNSET and start_time is not None:
            start_time = mismatch(start_time, "AppointmentUpdateRequest.start_time")

        end_time = d.get("end_time", UNSET)
        if end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                end_time = fromisoformat(end_time)
            except ValueError:
                end_time = parse_datetime(end_time, "AppointmentUpdateRequest.end_time")
        elif end_time is None:
            end_time = unexpected_null("AppointmentUpdateRequest.end_time")
        elif end_time is not UNSET and end_time is not None:
            end_time = mismatch(end_time, "AppointmentUpdateRequest.end_time")

        status = d.get("status", UNSET)
        if status.__class__ is str:
            status = _values_AppointmentUpdateRequestStatus.get(status) or enum_value(
                AppointmentUpdateRequestStatus, status, "AppointmentUpdateRequest.status"
            )
        elif status is None:
            status = unexpected_null("AppointmentUpdateRequest.status")
        elif status is not UNSET and status is not None:
            status = mismatch(status, "AppointmentUpdateRequest.status")

        notes = d.get("notes", UNSET)
        if notes is None:
            notes = unexpected_null("AppointmentUpdateRequest.notes")

        appointment_update_request = new_instance(cls)
        appointment_update_request.title = title
        appointment_update_request.start_time = start_time
        appointment_update_request.end_time = end_time
        appointment_update_request.status = status
        appointment_update_request.notes = notes
        appointment_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentUpdateRequest")
        )
        return appointment_update_request

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


_values_AppointmentUpdateRequestStatus = AppointmentUpdateRequestStatus._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "title",
        "start_time",
        "end_time",
        "status",
        "notes",
    )
)
