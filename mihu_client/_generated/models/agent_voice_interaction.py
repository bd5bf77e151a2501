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

T = TypeVar("T", bound="AgentVoiceInteraction")


@_attrs_define
class AgentVoiceInteraction:
    """Greeting, voicemail, end-of-call and silence prompts of a voice agent."""

    customer_speak_first: bool | Unset = UNSET
    inbound_first_message: str | Unset = UNSET
    outbound_first_message: str | Unset = UNSET
    voice_mail_message: str | Unset = UNSET
    end_call_message: str | Unset = UNSET
    silence_message: str | Unset = UNSET
    max_silence_prompts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_customer_speak_first = self.customer_speak_first

        v_inbound_first_message = self.inbound_first_message

        v_outbound_first_message = self.outbound_first_message

        v_voice_mail_message = self.voice_mail_message

        v_end_call_message = self.end_call_message

        v_silence_message = self.silence_message

        v_max_silence_prompts = self.max_silence_prompts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_customer_speak_first is not UNSET:
            field_dict["customer_speak_first"] = v_customer_speak_first
        if v_inbound_first_message is not UNSET:
            field_dict["inbound_first_message"] = v_inbound_first_message
        if v_outbound_first_message is not UNSET:
            field_dict["outbound_first_message"] = v_outbound_first_message
        if v_voice_mail_message is not UNSET:
            field_dict["voice_mail_message"] = v_voice_mail_message
        if v_end_call_message is not UNSET:
            field_dict["end_call_message"] = v_end_call_message
        if v_silence_message is not UNSET:
            field_dict["silence_message"] = v_silence_message
        if v_max_silence_prompts is not UNSET:
            field_dict["max_silence_prompts"] = v_max_silence_prompts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_customer_speak_first = d.get("customer_speak_first", UNSET)
        if v_customer_speak_first is None:
            v_customer_speak_first = unexpected_null("AgentVoiceInteraction.customer_speak_first")

        v_inbound_first_message = d.get("inbound_first_message", UNSET)
        if v_inbound_first_message is None:
            v_inbound_first_message = unexpected_null("AgentVoiceInteraction.inbound_first_message")

        v_outbound_first_message = d.get("outbound_first_message", UNSET)
        if v_outbound_first_message is None:
            v_outbound_first_message = unexpected_null("AgentVoiceInteraction.outbound_first_message")

        v_voice_mail_message = d.get("voice_mail_message", UNSET)
        if v_voice_mail_message is None:
            v_voice_mail_message = unexpected_null("AgentVoiceInteraction.voice_mail_message")

        v_end_call_message = d.get("end_call_message", UNSET)
        if v_end_call_message is None:
            v_end_call_message = unexpected_null("AgentVoiceInteraction.end_call_message")

        v_silence_message = d.get("silence_message", UNSET)
        if v_silence_message is None:
            v_silence_message = unexpected_null("AgentVoiceInteraction.silence_message")

        v_max_silence_prompts = d.get("max_silence_prompts", UNSET)
        if v_max_silence_prompts is None:
            v_max_silence_prompts = unexpected_null("AgentVoiceInteraction.max_silence_prompts")

        _instance = new_instance(cls)
        _instance.customer_speak_first = v_customer_speak_first
        _instance.inbound_first_message = v_inbound_first_message
        _instance.outbound_first_message = v_outbound_first_message
        _instance.voice_mail_message = v_voice_mail_message
        _instance.end_call_message = v_end_call_message
        _instance.silence_message = v_silence_message
        _instance.max_silence_prompts = v_max_silence_prompts
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceInteraction")
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
        "customer_speak_first",
        "inbound_first_message",
        "outbound_first_message",
        "voice_mail_message",
        "end_call_message",
        "silence_message",
        "max_silence_prompts",
    )
)
