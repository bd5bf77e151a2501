from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            template_uuid = str(self.template_uuid)

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
        d = dict(src_dict)
        message_type = d.pop("message_type", UNSET)

        _template_uuid = d.pop("template_uuid", UNSET)
        template_uuid: UUID | Unset
        if isinstance(_template_uuid, Unset):
            template_uuid = UNSET
        else:
            template_uuid = UUID(_template_uuid)

        task_data = cls(
            message_type=message_type,
            template_uuid=template_uuid,
        )

        task_data.additional_properties = d
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
