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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        max_parallel_items = self.max_parallel_items

        max_retries = self.max_retries

        is_active = self.is_active

        contacts_count = self.contacts_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_parallel_items is not UNSET:
            field_dict["max_parallel_items"] = max_parallel_items
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if contacts_count is not UNSET:
            field_dict["contacts_count"] = contacts_count
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
            uuid = parse_uuid(uuid, "Pool.uuid")
        elif uuid is None:
            uuid = unexpected_null("Pool.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Pool.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Pool.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("Pool.description")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_PoolType.get(type_) or enum_value(PoolType, type_, "Pool.type")
        elif type_ is None:
            type_ = unexpected_null("Pool.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "Pool.type")

        max_parallel_items = d.get("max_parallel_items", UNSET)
        if max_parallel_items is None:
            max_parallel_items = unexpected_null("Pool.max_parallel_items")

        max_retries = d.get("max_retries", UNSET)
        if max_retries is None:
            max_retries = unexpected_null("Pool.max_retries")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("Pool.is_active")

        contacts_count = d.get("contacts_count", UNSET)
        if contacts_count is None:
            contacts_count = unexpected_null("Pool.contacts_count")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Pool.created_at")
        elif created_at is None:
            created_at = unexpected_null("Pool.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Pool.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Pool.updated_at")
        elif updated_at is None:
            updated_at = unexpected_null("Pool.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Pool.updated_at")

        pool = new_instance(cls)
        pool.uuid = uuid
        pool.name = name
        pool.description = description
        pool.type_ = type_
        pool.max_parallel_items = max_parallel_items
        pool.max_retries = max_retries
        pool.is_active = is_active
        pool.contacts_count = contacts_count
        pool.created_at = created_at
        pool.updated_at = updated_at
        pool.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Pool")
        return pool

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


_FIELD_NAMES = frozenset(
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
