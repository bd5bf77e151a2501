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
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
)

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """A bookable schedule. Fields are the snake_case forms of those a third-party mirror of older vendor docs lists for a
    schedule (camelCased there); the update request uses the same names.

    """

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ Schedule type, e.g. appointment. """
    color: str | Unset | None = UNSET
    availability_type_uuid: Unset | UUID | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_type_ = self.type_

        v_color: str | Unset | None
        if isinstance(self.color, Unset):
            v_color = UNSET
        else:
            v_color = self.color

        v_availability_type_uuid: str | Unset | None
        if isinstance(self.availability_type_uuid, Unset):
            v_availability_type_uuid = UNSET
        elif isinstance(self.availability_type_uuid, UUID):
            v_availability_type_uuid = (
                str(self.availability_type_uuid)
                if isinstance(self.availability_type_uuid, UUID)
                else self.availability_type_uuid
            )
        else:
            v_availability_type_uuid = self.availability_type_uuid

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_color is not UNSET:
            field_dict["color"] = v_color
        if v_availability_type_uuid is not UNSET:
            field_dict["availability_type_uuid"] = v_availability_type_uuid
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Schedule.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Schedule.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Schedule.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("Schedule.name")

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("Schedule.type")

        v_color = d.get("color", UNSET)

        v_availability_type_uuid = d.get("availability_type_uuid", UNSET)
        if v_availability_type_uuid.__class__ is str:
            v_availability_type_uuid = parse_uuid(v_availability_type_uuid, "Schedule.availability_type_uuid")
        elif v_availability_type_uuid is not UNSET and v_availability_type_uuid is not None:
            v_availability_type_uuid = mismatch(v_availability_type_uuid, "Schedule.availability_type_uuid")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Schedule.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Schedule.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Schedule.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Schedule.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.type_ = v_type_
        _instance.color = v_color
        _instance.availability_type_uuid = v_availability_type_uuid
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "uuid",
        "name",
        "type",
        "color",
        "availability_type_uuid",
        "created_at",
        "updated_at",
    )
)
