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
)

T = TypeVar("T", bound="AgentScheduleCustomQuestion")


@_attrs_define
class AgentScheduleCustomQuestion:
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ e.g. text """
    description: str | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_type_ = self.type_

        v_description = self.description

        v_required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_required is not UNSET:
            field_dict["required"] = v_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("AgentScheduleCustomQuestion.name")

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("AgentScheduleCustomQuestion.type")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("AgentScheduleCustomQuestion.description")

        v_required = d.get("required", UNSET)
        if v_required is None:
            v_required = unexpected_null("AgentScheduleCustomQuestion.required")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.type_ = v_type_
        _instance.description = v_description
        _instance.required = v_required
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
        "name",
        "type",
        "description",
        "required",
    )
)
