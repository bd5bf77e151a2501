from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_type import PoolType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="Pool")


@_attrs_define
class Pool:
    """A contact pool (PoolResource)."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: PoolType | Unset = UNSET
    max_parallel_items: int | Unset = UNSET
    max_retries: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    contacts_count: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_description = self.description

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_max_parallel_items = self.max_parallel_items

        v_max_retries = self.max_retries

        v_is_active = self.is_active

        v_contacts_count = self.contacts_count

        v_created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        v_updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_max_parallel_items is not UNSET:
            field_dict["max_parallel_items"] = v_max_parallel_items
        if v_max_retries is not UNSET:
            field_dict["max_retries"] = v_max_retries
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active
        if v_contacts_count is not UNSET:
            field_dict["contacts_count"] = v_contacts_count
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
            v_uuid = parse_uuid(v_uuid, "Pool.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Pool.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Pool.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("Pool.name")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("Pool.description")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_PoolType.get(v_type_) or enum_value(PoolType, v_type_, "Pool.type")
        elif v_type_ is None:
            v_type_ = unexpected_null("Pool.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "Pool.type")

        v_max_parallel_items = d.get("max_parallel_items", UNSET)
        if v_max_parallel_items is None:
            v_max_parallel_items = unexpected_null("Pool.max_parallel_items")

        v_max_retries = d.get("max_retries", UNSET)
        if v_max_retries is None:
            v_max_retries = unexpected_null("Pool.max_retries")

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("Pool.is_active")

        v_contacts_count = d.get("contacts_count", UNSET)
        if v_contacts_count is None:
            v_contacts_count = unexpected_null("Pool.contacts_count")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Pool.created_at")
        elif v_created_at is None:
            v_created_at = unexpected_null("Pool.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Pool.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Pool.updated_at")
        elif v_updated_at is None:
            v_updated_at = unexpected_null("Pool.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Pool.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.description = v_description
        _instance.type_ = v_type_
        _instance.max_parallel_items = v_max_parallel_items
        _instance.max_retries = v_max_retries
        _instance.is_active = v_is_active
        _instance.contacts_count = v_contacts_count
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Pool")
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


_values_PoolType = PoolType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "uuid",
        "name",
        "description",
        "type",
        "max_parallel_items",
        "max_retries",
        "is_active",
        "contacts_count",
        "created_at",
        "updated_at",
    )
)
