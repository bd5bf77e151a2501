from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_status_update_request_status import AppointmentStatusUpdateRequestStatus
from ..types import (
    UNSET,
    enum_value,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AppointmentStatusUpdateRequest")


@_attrs_define
class AppointmentStatusUpdateRequest:
    status: AppointmentStatusUpdateRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        status = d.get("status", UNSET)
        if status.__class__ is str:
            status = _values_AppointmentStatusUpdateRequestStatus.get(status) or enum_value(
                AppointmentStatusUpdateRequestStatus, status, "AppointmentStatusUpdateRequest.status"
            )
        elif status is UNSET:
            status = missing("AppointmentStatusUpdateRequest.status")
        elif status is None:
            status = unexpected_null("AppointmentStatusUpdateRequest.status")
        elif status is not UNSET and status is not None:
            status = mismatch(status, "AppointmentStatusUpdateRequest.status")

        appointment_status_update_request = new_instance(cls)
        appointment_status_update_request.status = status
        appointment_status_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentStatusUpdateRequest")
        )
        return appointment_status_update_request

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


_values_AppointmentStatusUpdateRequestStatus = AppointmentStatusUpdateRequestStatus._value2member_map_

_FIELD_NAMES = frozenset(("status",))
