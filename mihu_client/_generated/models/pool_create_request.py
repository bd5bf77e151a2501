from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_create_request_type import PoolCreateRequestType
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

T = TypeVar("T", bound="PoolCreateRequest")


@_attrs_define
class PoolCreateRequest:
    name: str
    description: str
    type_: PoolCreateRequestType | Unset = PoolCreateRequestType.FIFO
    max_parallel_items: int | Unset = 10
    max_retries: int | Unset = 3
    is_active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        max_parallel_items = self.max_parallel_items

        max_retries = self.max_retries

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if max_parallel_items is not UNSET:
            field_dict["max_parallel_items"] = max_parallel_items
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("PoolCreateRequest.name")
        if name is None:
            name = unexpected_null("PoolCreateRequest.name")

        description = d.get("description", UNSET)
        if description is UNSET:
            description = missing("PoolCreateRequest.description")
        if description is None:
            description = unexpected_null("PoolCreateRequest.description")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_PoolCreateRequestType.get(type_) or enum_value(
                PoolCreateRequestType, type_, "PoolCreateRequest.type"
            )
        elif type_ is None:
            type_ = unexpected_null("PoolCreateRequest.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "PoolCreateRequest.type")

        max_parallel_items = d.get("max_parallel_items", UNSET)
        if max_parallel_items is None:
            max_parallel_items = unexpected_null("PoolCreateRequest.max_parallel_items")

        max_retries = d.get("max_retries", UNSET)
        if max_retries is None:
            max_retries = unexpected_null("PoolCreateRequest.max_retries")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("PoolCreateRequest.is_active")

        pool_create_request = new_instance(cls)
        pool_create_request.name = name
        pool_create_request.description = description
        pool_create_request.type_ = type_
        pool_create_request.max_parallel_items = max_parallel_items
        pool_create_request.max_retries = max_retries
        pool_create_request.is_active = is_active
        pool_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolCreateRequest")
        )
        return pool_create_request

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


_values_PoolCreateRequestType = PoolCreateRequestType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "name",
        "description",
        "type",
        "max_parallel_items",
        "max_retries",
        "is_active",
    )
)
