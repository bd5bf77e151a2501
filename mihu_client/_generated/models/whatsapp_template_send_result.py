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

T = TypeVar("T", bound="WhatsappTemplateSendResult")


@_attrs_define
class WhatsappTemplateSendResult:
    message_id: str | Unset = UNSET
    """ WhatsApp message id (wamid). """
    template_name: str | Unset = UNSET
    recipient_phone: str | Unset = UNSET
    conversation_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        template_name = self.template_name

        recipient_phone = self.recipient_phone

        conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if template_name is not UNSET:
            field_dict["templateName"] = template_name
        if recipient_phone is not UNSET:
            field_dict["recipientPhone"] = recipient_phone
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        message_id = d.get("messageId", UNSET)
        if message_id is None:
            message_id = unexpected_null("WhatsappTemplateSendResult.messageId")

        template_name = d.get("templateName", UNSET)
        if template_name is None:
            template_name = unexpected_null("WhatsappTemplateSendResult.templateName")

        recipient_phone = d.get("recipientPhone", UNSET)
        if recipient_phone is None:
            recipient_phone = unexpected_null("WhatsappTemplateSendResult.recipientPhone")

        conversation_id = d.get("conversationId", UNSET)
        if conversation_id is None:
            conversation_id = unexpected_null("WhatsappTemplateSendResult.conversationId")

        whatsapp_template_send_result = new_instance(cls)
        whatsapp_template_send_result.message_id = message_id
        whatsapp_template_send_result.template_name = template_name
        whatsapp_template_send_result.recipient_phone = recipient_phone
        whatsapp_template_send_result.conversation_id = conversation_id
        whatsapp_template_send_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateSendResult")
        )
        return whatsapp_template_send_result

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
        "messageId",
        "templateName",
        "recipientPhone",
        "conversationId",
    )
)
