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
        v_message_id = self.message_id

        v_template_name = self.template_name

        v_recipient_phone = self.recipient_phone

        v_conversation_id = self.conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_message_id is not UNSET:
            field_dict["messageId"] = v_message_id
        if v_template_name is not UNSET:
            field_dict["templateName"] = v_template_name
        if v_recipient_phone is not UNSET:
            field_dict["recipientPhone"] = v_recipient_phone
        if v_conversation_id is not UNSET:
            field_dict["conversationId"] = v_conversation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_message_id = d.get("messageId", UNSET)
        if v_message_id is None:
            v_message_id = unexpected_null("WhatsappTemplateSendResult.messageId")

        v_template_name = d.get("templateName", UNSET)
        if v_template_name is None:
            v_template_name = unexpected_null("WhatsappTemplateSendResult.templateName")

        v_recipient_phone = d.get("recipientPhone", UNSET)
        if v_recipient_phone is None:
            v_recipient_phone = unexpected_null("WhatsappTemplateSendResult.recipientPhone")

        v_conversation_id = d.get("conversationId", UNSET)
        if v_conversation_id is None:
            v_conversation_id = unexpected_null("WhatsappTemplateSendResult.conversationId")

        _instance = new_instance(cls)
        _instance.message_id = v_message_id
        _instance.template_name = v_template_name
        _instance.recipient_phone = v_recipient_phone
        _instance.conversation_id = v_conversation_id
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "WhatsappTemplateSendResult")
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
        "messageId",
        "templateName",
        "recipientPhone",
        "conversationId",
    )
)
