from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
)

T = TypeVar("T", bound="ListAppointmentsResponse200DataItem")


@_attrs_define
class ListAppointmentsResponse200DataItem:
    uuid: UUID | Unset = UNSET
    title: str | Unset = UNSET
    start_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_title = self.title

        v_start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_title is not UNSET:
            field_dict["title"] = v_title
        if v_start_time is not UNSET:
            field_dict["start_time"] = v_start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "ListAppointmentsResponse200DataItem.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("ListAppointmentsResponse200DataItem.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "ListAppointmentsResponse200DataItem.uuid")

        v_title = d.get("title", UNSET)
        if v_title is None:
            v_title = unexpected_null("ListAppointmentsResponse200DataItem.title")

        v_start_time = d.get("start_time", UNSET)
        if v_start_time is None:
            v_start_time = unexpected_null("ListAppointmentsResponse200DataItem.start_time")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.title = v_title
        _instance.start_time = v_start_time
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "title",
        "start_time",
    )
)
