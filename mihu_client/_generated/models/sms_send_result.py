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
    unknown_fields,
)

T = TypeVar("T", bound="SmsSendResult")


@_attrs_define
class SmsSendResult:
    message_id: str | Unset = UNSET
    recipient_phone: str | Unset = UNSET
    conversation_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        recipient_phone = self.recipient_phone

        conversation_id: str | Unset = UNSET
        if not isinstance(self.conversation_id, Unset):
            conversation_id = (
                str(self.conversation_id) if isinstance(self.conversation_id, UUID) else self.conversation_id
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
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
            message_id = unexpected_null("SmsSendResult.messageId")

        recipient_phone = d.get("recipientPhone", UNSET)
        if recipient_phone is None:
            recipient_phone = unexpected_null("SmsSendResult.recipientPhone")

        conversation_id = d.get("conversationId", UNSET)
        if conversation_id.__class__ is str:
            conversation_id = parse_uuid(conversation_id, "SmsSendResult.conversationId")
        elif conversation_id is None:
            conversation_id = unexpected_null("SmsSendResult.conversationId")
        elif conversation_id is not UNSET and conversation_id is not None:
            conversation_id = mismatch(conversation_id, "SmsSendResult.conversationId")

        sms_send_result = new_instance(cls)
        sms_send_result.message_id = message_id
        sms_send_result.recipient_phone = recipient_phone
        sms_send_result.conversation_id = conversation_id
        sms_send_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SmsSendResult")
        )
        return sms_send_result

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
        "recipientPhone",
        "conversationId",
    )
)
