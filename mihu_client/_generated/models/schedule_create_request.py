from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="ScheduleCreateRequest")


@_attrs_define
class ScheduleCreateRequest:
    availability_type_uuid: UUID
    """ Availability type the schedule's slots follow. """
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_availability_type_uuid = (
            str(self.availability_type_uuid)
            if isinstance(self.availability_type_uuid, UUID)
            else self.availability_type_uuid
        )

        v_name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_availability_type_uuid, Unset):
            field_dict["availability_type_uuid"] = v_availability_type_uuid
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_availability_type_uuid = d.get("availability_type_uuid", UNSET)
        if v_availability_type_uuid.__class__ is str:
            v_availability_type_uuid = parse_uuid(
                v_availability_type_uuid, "ScheduleCreateRequest.availability_type_uuid"
            )
        elif v_availability_type_uuid is UNSET:
            v_availability_type_uuid = missing("ScheduleCreateRequest.availability_type_uuid")
        elif v_availability_type_uuid is None:
            v_availability_type_uuid = unexpected_null("ScheduleCreateRequest.availability_type_uuid")
        elif v_availability_type_uuid is not UNSET and v_availability_type_uuid is not None:
            v_availability_type_uuid = mismatch(
                v_availability_type_uuid, "ScheduleCreateRequest.availability_type_uuid"
            )

        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("ScheduleCreateRequest.name")
        if v_name is None:
            v_name = unexpected_null("ScheduleCreateRequest.name")

        _instance = new_instance(cls)
        _instance.availability_type_uuid = v_availability_type_uuid
        _instance.name = v_name
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ScheduleCreateRequest")
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
        "availability_type_uuid",
        "name",
    )
)
