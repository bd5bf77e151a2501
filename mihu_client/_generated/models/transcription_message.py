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

T = TypeVar("T", bound="TranscriptionMessage")


@_attrs_define
class TranscriptionMessage:
    role: str | Unset = UNSET
    """ Speaker role, e.g. Customer. """
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_role = self.role

        v_content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_role is not UNSET:
            field_dict["role"] = v_role
        if v_content is not UNSET:
            field_dict["content"] = v_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_role = d.get("role", UNSET)
        if v_role is None:
            v_role = unexpected_null("TranscriptionMessage.role")

        v_content = d.get("content", UNSET)
        if v_content is None:
            v_content = unexpected_null("TranscriptionMessage.content")

        _instance = new_instance(cls)
        _instance.role = v_role
        _instance.content = v_content
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionMessage")
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
        "role",
        "content",
    )
)
