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

T = TypeVar("T", bound="ScheduleCustomQuestion")


@_attrs_define
class ScheduleCustomQuestion:
    name: str | Unset = UNSET
    type_: str | Unset = "text"
    required: bool | Unset = False
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        required = self.required

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("ScheduleCustomQuestion.name")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("ScheduleCustomQuestion.type")

        required = d.get("required", UNSET)
        if required is None:
            required = unexpected_null("ScheduleCustomQuestion.required")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("ScheduleCustomQuestion.description")

        schedule_custom_question = new_instance(cls)
        schedule_custom_question.name = name
        schedule_custom_question.type_ = type_
        schedule_custom_question.required = required
        schedule_custom_question.description = description
        schedule_custom_question.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ScheduleCustomQuestion")
        )
        return schedule_custom_question

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
        "name",
        "type",
        "required",
        "description",
    )
)
