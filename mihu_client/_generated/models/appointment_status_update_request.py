from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_status_update_request_status import AppointmentStatusUpdateRequestStatus
from ..types import (
    UNSET,
    Unset,
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
        v_status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_status, Unset):
            field_dict["status"] = v_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_status = d.get("status", UNSET)
        if v_status.__class__ is str:
            v_status = _values_AppointmentStatusUpdateRequestStatus.get(v_status) or enum_value(
                AppointmentStatusUpdateRequestStatus, v_status, "AppointmentStatusUpdateRequest.status"
            )
        elif v_status is UNSET:
            v_status = missing("AppointmentStatusUpdateRequest.status")
        elif v_status is None:
            v_status = unexpected_null("AppointmentStatusUpdateRequest.status")
        elif v_status is not UNSET and v_status is not None:
            v_status = mismatch(v_status, "AppointmentStatusUpdateRequest.status")

        _instance = new_instance(cls)
        _instance.status = v_status
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentStatusUpdateRequest")
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


_values_AppointmentStatusUpdateRequestStatus = AppointmentStatusUpdateRequestStatus._value2member_map_

_FIELD_NAMES: frozenset[str] = frozenset(("status",))
