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

T = TypeVar("T", bound="SipTrunkConnection")


@_attrs_define
class SipTrunkConnection:
    """A customer-provided SIP trunk; username/password are never returned."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    gateway: str | Unset = UNSET
    secondary_gateway: str | Unset | None = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        phone_number = self.phone_number

        gateway = self.gateway

        secondary_gateway: str | Unset | None
        if isinstance(self.secondary_gateway, Unset):
            secondary_gateway = UNSET
        else:
            secondary_gateway = self.secondary_gateway

        status = self.status

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
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if secondary_gateway is not UNSET:
            field_dict["secondary_gateway"] = secondary_gateway
        if status is not UNSET:
            field_dict["status"] = status
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
            uuid = parse_uuid(uuid, "SipTrunkConnection.uuid")
        elif uuid is None:
            uuid = unexpected_null("SipTrunkConnection.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "SipTrunkConnection.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("SipTrunkConnection.name")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("SipTrunkConnection.phone_number")

        gateway = d.get("gateway", UNSET)
        if gateway is None:
            gateway = unexpected_null("SipTrunkConnection.gateway")

        secondary_gateway = d.get("secondary_gateway", UNSET)

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("SipTrunkConnection.status")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "SipTrunkConnection.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "SipTrunkConnection.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "SipTrunkConnection.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "SipTrunkConnection.updated_at")

        sip_trunk_connection = new_instance(cls)
        sip_trunk_connection.uuid = uuid
        sip_trunk_connection.name = name
        sip_trunk_connection.phone_number = phone_number
        sip_trunk_connection.gateway = gateway
        sip_trunk_connection.secondary_gateway = secondary_gateway
        sip_trunk_connection.status = status
        sip_trunk_connection.created_at = created_at
        sip_trunk_connection.updated_at = updated_at
        sip_trunk_connection.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkConnection")
        )
        return sip_trunk_connection

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
        "phone_number",
        "gateway",
        "secondary_gateway",
        "status",
        "created_at",
        "updated_at",
    )
)
