from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_type import PoolType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolDuplicateResult")


@_attrs_define
class PoolDuplicateResult:
    """Pool fields plus the number of members copied."""

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
    contacts_copied: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        max_parallel_items = self.max_parallel_items

        max_retries = self.max_retries

        is_active = self.is_active

        contacts_count = self.contacts_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        contacts_copied = self.contacts_copied

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
        if contacts_copied is not UNSET:
            field_dict["contacts_copied"] = contacts_copied

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PoolType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PoolType(_type_)

        max_parallel_items = d.pop("max_parallel_items", UNSET)

        max_retries = d.pop("max_retries", UNSET)

        is_active = d.pop("is_active", UNSET)

        contacts_count = d.pop("contacts_count", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        contacts_copied = d.pop("contacts_copied", UNSET)

        pool_duplicate_result = cls(
            uuid=uuid,
            name=name,
            description=description,
            type_=type_,
            max_parallel_items=max_parallel_items,
            max_retries=max_retries,
            is_active=is_active,
            contacts_count=contacts_count,
            created_at=created_at,
            updated_at=updated_at,
            contacts_copied=contacts_copied,
        )

        pool_duplicate_result.additional_properties = d
        return pool_duplicate_result

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
