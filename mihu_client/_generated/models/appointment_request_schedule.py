from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AppointmentRequestSchedule")


@_attrs_define
class AppointmentRequestSchedule:
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_id = self.id

        v_name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
        if v_name is not UNSET:
            field_dict["name"] = v_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id is None:
            v_id = unexpected_null("AppointmentRequestSchedule.id")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("AppointmentRequestSchedule.name")

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.name = v_name
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AppointmentRequestSchedule")
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
        "id",
        "name",
    )
)
