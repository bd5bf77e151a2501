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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_phone_number = self.phone_number

        v_gateway = self.gateway

        v_secondary_gateway: str | Unset | None
        if isinstance(self.secondary_gateway, Unset):
            v_secondary_gateway = UNSET
        else:
            v_secondary_gateway = self.secondary_gateway

        v_status = self.status

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
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_gateway is not UNSET:
            field_dict["gateway"] = v_gateway
        if v_secondary_gateway is not UNSET:
            field_dict["secondary_gateway"] = v_secondary_gateway
        if v_status is not UNSET:
            field_dict["status"] = v_status
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
            v_uuid = parse_uuid(v_uuid, "SipTrunkConnection.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("SipTrunkConnection.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "SipTrunkConnection.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("SipTrunkConnection.name")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("SipTrunkConnection.phone_number")

        v_gateway = d.get("gateway", UNSET)
        if v_gateway is None:
            v_gateway = unexpected_null("SipTrunkConnection.gateway")

        v_secondary_gateway = d.get("secondary_gateway", UNSET)

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("SipTrunkConnection.status")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "SipTrunkConnection.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "SipTrunkConnection.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "SipTrunkConnection.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "SipTrunkConnection.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.phone_number = v_phone_number
        _instance.gateway = v_gateway
        _instance.secondary_gateway = v_secondary_gateway
        _instance.status = v_status
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkConnection")
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
        "phone_number",
        "gateway",
        "secondary_gateway",
        "status",
        "created_at",
        "updated_at",
    )
)
