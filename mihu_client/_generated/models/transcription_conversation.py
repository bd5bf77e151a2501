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
        v_id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            v_id = str(self.id) if isinstance(self.id, UUID) else self.id

        v_plain: str | Unset | None
        if isinstance(self.plain, Unset):
            v_plain = UNSET
        else:
            v_plain = self.plain

        v_messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            if isinstance(self.messages, list):
                v_messages = []
                for v_messages_item_data in self.messages:
                    v_messages_item = (
                        v_messages_item_data.to_dict()
                        if isinstance(v_messages_item_data, TranscriptionMessage)
                        else v_messages_item_data
                    )
                    v_messages.append(v_messages_item)
            else:
                v_messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
        if v_plain is not UNSET:
            field_dict["plain"] = v_plain
        if v_messages is not UNSET:
            field_dict["messages"] = v_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id.__class__ is str:
            v_id = parse_uuid(v_id, "TranscriptionConversation.id")
        elif v_id is None:
            v_id = unexpected_null("TranscriptionConversation.id")
        elif v_id is not UNSET and v_id is not None:
            v_id = mismatch(v_id, "TranscriptionConversation.id")

        v_plain = d.get("plain", UNSET)

        v_messages = d.get("messages", UNSET)
        if v_messages.__class__ is list:
            v_messages = [
                _from_dict_TranscriptionMessage(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "TranscriptionConversation.messages", False)
                for _i0 in v_messages
            ]
        elif v_messages is None:
            v_messages = unexpected_null("TranscriptionConversation.messages")
        elif v_messages is not UNSET and v_messages is not None:
            v_messages = mismatch(v_messages, "TranscriptionConversation.messages")

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.plain = v_plain
        _instance.messages = v_messages
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionConversation")
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
        "id",
        "plain",
        "messages",
    )
)

from ..models.transcription_message import TranscriptionMessage

_from_dict_TranscriptionMessage = TranscriptionMessage.from_dict
