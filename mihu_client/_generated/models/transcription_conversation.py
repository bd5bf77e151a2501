from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.transcription_message import TranscriptionMessage


T = TypeVar("T", bound="TranscriptionConversation")


@_attrs_define
class TranscriptionConversation:
    id: UUID | Unset = UNSET
    plain: str | Unset | None = UNSET
    """ Whole transcript as plain text. """
    messages: list[TranscriptionMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id) if isinstance(self.id, UUID) else self.id

        plain: str | Unset | None
        if isinstance(self.plain, Unset):
            plain = UNSET
        else:
            plain = self.plain

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = (
                    messages_item_data.to_dict() if hasattr(messages_item_data, "to_dict") else messages_item_data
                )
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if plain is not UNSET:
            field_dict["plain"] = plain
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        id = d.get("id", UNSET)
        if id.__class__ is str:
            id = parse_uuid(id, "TranscriptionConversation.id")
        elif id is None:
            id = unexpected_null("TranscriptionConversation.id")
        elif id is not UNSET and id is not None:
            id = mismatch(id, "TranscriptionConversation.id")

        plain = d.get("plain", UNSET)

        messages = d.get("messages", UNSET)
        if messages.__class__ is list:
            messages = [
                _from_dict_TranscriptionMessage(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "TranscriptionConversation.messages", False)
                for _i0 in messages
            ]
        elif messages is None:
            messages = unexpected_null("TranscriptionConversation.messages")
        elif messages is not UNSET and messages is not None:
            messages = mismatch(messages, "TranscriptionConversation.messages")

        transcription_conversation = new_instance(cls)
        transcription_conversation.id = id
        transcription_conversation.plain = plain
        transcription_conversation.messages = messages
        transcription_conversation.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionConversation")
        )
        return transcription_conversation

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
        "id",
        "plain",
        "messages",
    )
)

from ..models.transcription_message import TranscriptionMessage

_from_dict_TranscriptionMessage = TranscriptionMessage.from_dict
