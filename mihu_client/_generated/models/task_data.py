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
        message_type = self.message_type

        template_uuid: str | Unset = UNSET
        if not isinstance(self.template_uuid, Unset):
            template_uuid = str(self.template_uuid) if isinstance(self.template_uuid, UUID) else self.template_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if template_uuid is not UNSET:
            field_dict["template_uuid"] = template_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        message_type = d.get("message_type", UNSET)
        if message_type is None:
            message_type = unexpected_null("TaskData.message_type")

        template_uuid = d.get("template_uuid", UNSET)
        if template_uuid.__class__ is str:
            template_uuid = parse_uuid(template_uuid, "TaskData.template_uuid")
        elif template_uuid is None:
            template_uuid = unexpected_null("TaskData.template_uuid")
        elif template_uuid is not UNSET and template_uuid is not None:
            template_uuid = mismatch(template_uuid, "TaskData.template_uuid")

        task_data = new_instance(cls)
        task_data.message_type = message_type
        task_data.template_uuid = template_uuid
        task_data.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return task_data

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
        "message_type",
        "template_uuid",
    )
)
