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
        v_name = self.name

        v_description = self.description

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_max_parallel_items = self.max_parallel_items

        v_max_retries = self.max_retries

        v_is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_description, Unset):
            field_dict["description"] = v_description
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_max_parallel_items is not UNSET:
            field_dict["max_parallel_items"] = v_max_parallel_items
        if v_max_retries is not UNSET:
            field_dict["max_retries"] = v_max_retries
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("PoolCreateRequest.name")
        if v_name is None:
            v_name = unexpected_null("PoolCreateRequest.name")

        v_description = d.get("description", UNSET)
        if v_description is UNSET:
            v_description = missing("PoolCreateRequest.description")
        if v_description is None:
            v_description = unexpected_null("PoolCreateRequest.description")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_PoolCreateRequestType.get(v_type_) or enum_value(
                PoolCreateRequestType, v_type_, "PoolCreateRequest.type"
            )
        elif v_type_ is None:
            v_type_ = unexpected_null("PoolCreateRequest.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "PoolCreateRequest.type")

        v_max_parallel_items = d.get("max_parallel_items", UNSET)
        if v_max_parallel_items is None:
            v_max_parallel_items = unexpected_null("PoolCreateRequest.max_parallel_items")

        v_max_retries = d.get("max_retries", UNSET)
        if v_max_retries is None:
            v_max_retries = unexpected_null("PoolCreateRequest.max_retries")

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("PoolCreateRequest.is_active")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.description = v_description
        _instance.type_ = v_type_
        _instance.max_parallel_items = v_max_parallel_items
        _instance.max_retries = v_max_retries
        _instance.is_active = v_is_active
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PoolCreateRequest")
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


_values_PoolCreateRequestType = PoolCreateRequestType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "description",
        "type",
        "max_parallel_items",
        "max_retries",
        "is_active",
    )
)
