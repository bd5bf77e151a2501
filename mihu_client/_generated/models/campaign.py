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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = (
                self.start_date.isoformat() if isinstance(self.start_date, datetime.datetime) else self.start_date
            )
        else:
            start_date = self.start_date

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat() if isinstance(self.end_date, datetime.datetime) else self.end_date
        else:
            end_date = self.end_date

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Campaign.uuid")
        elif uuid is None:
            uuid = unexpected_null("Campaign.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Campaign.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Campaign.name")

        description = d.get("description", UNSET)

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("Campaign.status")

        start_date = d.get("start_date", UNSET)
        if start_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                start_date = fromisoformat(start_date)
            except ValueError:
                start_date = parse_datetime(start_date, "Campaign.start_date")
        elif start_date is not UNSET and start_date is not None:
            start_date = mismatch(start_date, "Campaign.start_date")

        end_date = d.get("end_date", UNSET)
        if end_date.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                end_date = fromisoformat(end_date)
            except ValueError:
                end_date = parse_datetime(end_date, "Campaign.end_date")
        elif end_date is not UNSET and end_date is not None:
            end_date = mismatch(end_date, "Campaign.end_date")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Campaign.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Campaign.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Campaign.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Campaign.updated_at")

        campaign = new_instance(cls)
        campaign.uuid = uuid
        campaign.name = name
        campaign.description = description
        campaign.status = status
        campaign.start_date = start_date
        campaign.end_date = end_date
        campaign.created_at = created_at
        campaign.updated_at = updated_at
        campaign.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Campaign")
        )
        return campaign

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


_FIELD_NAMES = frozenset(
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
