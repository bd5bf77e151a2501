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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        title = self.title

        start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "ListAppointmentsResponse200DataItem.uuid")
        elif uuid is None:
            uuid = unexpected_null("ListAppointmentsResponse200DataItem.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "ListAppointmentsResponse200DataItem.uuid")

        title = d.get("title", UNSET)
        if title is None:
            title = unexpected_null("ListAppointmentsResponse200DataItem.title")

        start_time = d.get("start_time", UNSET)
        if start_time is None:
            start_time = unexpected_null("ListAppointmentsResponse200DataItem.start_time")

        list_appointments_response_200_data_item = new_instance(cls)
        list_appointments_response_200_data_item.uuid = uuid
        list_appointments_response_200_data_item.title = title
        list_appointments_response_200_data_item.start_time = start_time
        list_appointments_response_200_data_item.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return list_appointments_response_200_data_item

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
        "title",
        "start_time",
    )
)
