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
    unknown_fields,
)

T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """Campaign summary as returned by the update endpoint."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    status: str | Unset = UNSET
    """ Campaign status label (e.g. Draft, Active, In Process, Completed, Archived). """
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_status = self.status

        v_start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            v_start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            v_start_date = (
                self.start_date.isoformat() if isinstance(self.start_date, datetime.datetime) else self.start_date
            )
        else:
            v_start_date = self.start_date

        v_end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            v_end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            v_end_date = self.end_date.isoformat() if isinstance(self.end_date, datetime.datetime) else self.end_date
        else:
            v_end_date = self.end_date

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
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_start_date is not UNSET:
            field_dict["start_date"] = v_start_date
        if v_end_date is not UNSET:
            field_dict["end_date"] = v_end_date
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
            v_uuid = parse_uuid(v_uuid, "Campaign.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Campaign.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Campaign.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("Campaign.name")

        v_description = d.get("description", UNSET)

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("Campaign.status")

        v_start_date = d.get("start_date", UNSET)
        if v_start_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_start_date = fromisoformat(v_start_date)
            except ValueError:
                v_start_date = parse_datetime(v_start_date, "Campaign.start_date")
        elif v_start_date is not UNSET and v_start_date is not None:
            v_start_date = mismatch(v_start_date, "Campaign.start_date")

        v_end_date = d.get("end_date", UNSET)
        if v_end_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_end_date = fromisoformat(v_end_date)
            except ValueError:
                v_end_date = parse_datetime(v_end_date, "Campaign.end_date")
        elif v_end_date is not UNSET and v_end_date is not None:
            v_end_date = mismatch(v_end_date, "Campaign.end_date")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Campaign.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Campaign.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Campaign.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Campaign.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.description = v_description
        _instance.status = v_status
        _instance.start_date = v_start_date
        _instance.end_date = v_end_date
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Campaign")
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
        "description",
        "status",
        "start_date",
        "end_date",
        "created_at",
        "updated_at",
    )
)
