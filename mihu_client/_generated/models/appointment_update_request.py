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
    """Partial update of an appointment; the n8n node sends only non-empty fields. description is not sent by the node; it
    is listed by a third-party mirror of older vendor docs (appointments/update-an-appointment), which in turn lacks
    notes.

    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    status: AppointmentUpdateRequestStatus | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_title = self.title

        v_description = self.description

        v_start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            v_start_time = (
                self.start_time.isoformat() if isinstance(self.start_time, datetime.datetime) else self.start_time
            )

        v_end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            v_end_time = self.end_time.isoformat() if isinstance(self.end_time, datetime.datetime) else self.end_time

        v_status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            v_status = getattr(self.status, "value", self.status)

        v_notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_title = d.get("title", UNSET)
        if v_title is None:
            v_title = unexpected_null("AppointmentUpdateRequest.title")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("AppointmentUpdateRequest.description")

        v_start_time = d.get("start_time", UNSET)
        if v_start_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_time = fromisoformat(v_start_time)
            except ValueError:
                v_start_time = parse_datetime(v_start_time, "AppointmentUpdateRequest.start_time")
        elif v_start_time is None:
            v_start_time = unexpected_null("AppointmentUpdateRequest.start_time")
        elif v_start_time is not UNSET and v_start_time is not None:
            v_start_time = mismatch(v_start_time, "AppointmentUpdateRequest.start_time")

        v_end_time = d.get("end_time", UNSET)
        if v_end_time.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_time = fromisoformat(v_end_time)
            except ValueError:
                v_end_time = parse_datetime(v_end_time, "AppointmentUpdateRequest.end_time")
        elif v_end_time is None:
            v_end_time = unexpected_null("AppointmentUpdateRequest.end_time")
        elif v_end_time is not UNSET and v_end_time is not None:
            v_end_time = mismatch(v_end_time, "AppointmentUpdateRequest.end_time")

        v_status = d.get("status", UNSET)
        if v_status.__class__ is str:
            v_status = _values_AppointmentUpdateRequestStatus.get(v_status) or enum_value(
                AppointmentUpdateRequestStatus, v_status, "AppointmentUpdateRequest.status"
            )
        elif v_status is None:
            v_status = unexpected_null("AppointmentUpdateRequest.status")
        elif v_status is not UNSET and v_status is not None:
            v_status = mismatch(v_status, "AppointmentUpdateRequest.status")

        v_notes = d.get("notes", UNSET)
        if v_notes is None:
            v_notes = unexpected_null("AppointmentUpdateRequest.notes")

        _instance = new_instance(cls)
        _instance.title = v_title
        _instance.description = v_description
        _instance.start_time = v_start_time
        _instance.end_time = v_end_time
        _instance.status = v_status
        _instance.notes = v_notes
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentUpdateRequest")
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


_values_AppointmentUpdateRequestStatus = AppointmentUpdateRequestStatus._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "title",
        "description",
        "start_time",
        "end_time",
        "status",
        "notes",
    )
)
