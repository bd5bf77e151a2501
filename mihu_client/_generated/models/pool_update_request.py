from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_update_request_type import PoolUpdateRequestType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PoolUpdateRequest")


@_attrs_define
class PoolUpdateRequest:
    """Partial update; only supplied keys change."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: PoolUpdateRequestType | Unset = UNSET
    max_parallel_items: int | Unset = UNSET
    max_retries: int | Unset = UNSET
    is_active: bool | Unset = UNSET
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
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("PoolUpdateRequest.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("PoolUpdateRequest.description")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_PoolUpdateRequestType.get(type_) or enum_value(
                PoolUpdateRequestType, type_, "PoolUpdateRequest.type"
            )
        elif type_ is None:
            type_ = unexpected_null("PoolUpdateRequest.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "PoolUpdateRequest.type")

        max_parallel_items = d.get("max_parallel_items", UNSET)
        if max_parallel_items is None:
            max_parallel_items = unexpected_null("PoolUpdateRequest.max_parallel_items")

        max_retries = d.get("max_retries", UNSET)
        if max_retries is None:
            max_retries = unexpected_null("PoolUpdateRequest.max_retries")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("PoolUpdateRequest.is_active")

        pool_update_request = new_instance(cls)
        pool_update_request.name = name
        pool_update_request.description = description
        pool_update_request.type_ = type_
        pool_update_request.max_parallel_items = max_parallel_items
        pool_update_request.max_retries = max_retries
        pool_update_request.is_active = is_active
        pool_update_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolUpdateRequest")
        )
        return pool_update_request

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


_values_PoolUpdateRequestType = PoolUpdateRequestType._value2member_map_


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
