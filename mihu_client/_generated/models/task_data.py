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

T = TypeVar("T", bound="TaskData")


@_attrs_define
class TaskData:
    """Type-specific payload. WhatsApp template sends need message_type=whatsapp_template and template_uuid; calls can omit
    it.

    """

    message_type: str | Unset = UNSET
    template_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_message_type = self.message_type

        v_template_uuid: str | Unset = UNSET
        if not isinstance(self.template_uuid, Unset):
            v_template_uuid = str(self.template_uuid) if isinstance(self.template_uuid, UUID) else self.template_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_message_type is not UNSET:
            field_dict["message_type"] = v_message_type
        if v_template_uuid is not UNSET:
            field_dict["template_uuid"] = v_template_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_message_type = d.get("message_type", UNSET)
        if v_message_type is None:
            v_message_type = unexpected_null("TaskData.message_type")

        v_template_uuid = d.get("template_uuid", UNSET)
        if v_template_uuid.__class__ is str:
            v_template_uuid = parse_uuid(v_template_uuid, "TaskData.template_uuid")
        elif v_template_uuid is None:
            v_template_uuid = unexpected_null("TaskData.template_uuid")
        elif v_template_uuid is not UNSET and v_template_uuid is not None:
            v_template_uuid = mismatch(v_template_uuid, "TaskData.template_uuid")

        _instance = new_instance(cls)
        _instance.message_type = v_message_type
        _instance.template_uuid = v_template_uuid
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
        "message_type",
        "template_uuid",
    )
)
