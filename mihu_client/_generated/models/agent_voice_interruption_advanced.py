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

T = TypeVar("T", bound="AgentVoiceInterruptionAdvanced")


@_attrs_define
class AgentVoiceInterruptionAdvanced:
    allow_interruptions: bool | Unset = UNSET
    preemptive_generation: bool | Unset = UNSET
    manual_word_count_interrupt: bool | Unset = UNSET
    resume_after_false_interruption: bool | Unset = UNSET
    min_endpointing_delay: float | Unset = UNSET
    max_endpointing_delay: float | Unset = UNSET
    min_interruption_duration: float | Unset = UNSET
    min_interruption_words: int | Unset = UNSET
    balanced_interrupt_word_count: int | Unset = UNSET
    false_interruption_timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_interruptions = self.allow_interruptions

        preemptive_generation = self.preemptive_generation

        manual_word_count_interrupt = self.manual_word_count_interrupt

        resume_after_false_interruption = self.resume_after_false_interruption

        min_endpointing_delay = self.min_endpointing_delay

        max_endpointing_delay = self.max_endpointing_delay

        min_interruption_duration = self.min_interruption_duration

        min_interruption_words = self.min_interruption_words

        balanced_interrupt_word_count = self.balanced_interrupt_word_count

        false_interruption_timeout = self.false_interruption_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_interruptions is not UNSET:
            field_dict["allow_interruptions"] = allow_interruptions
        if preemptive_generation is not UNSET:
            field_dict["preemptive_generation"] = preemptive_generation
        if manual_word_count_interrupt is not UNSET:
            field_dict["manual_word_count_interrupt"] = manual_word_count_interrupt
        if resume_after_false_interruption is not UNSET:
            field_dict["resume_after_false_interruption"] = resume_after_false_interruption
        if min_endpointing_delay is not UNSET:
            field_dict["min_endpointing_delay"] = min_endpointing_delay
        if max_endpointing_delay is not UNSET:
            field_dict["max_endpointing_delay"] = max_endpointing_delay
        if min_interruption_duration is not UNSET:
            field_dict["min_interruption_duration"] = min_interruption_duration
        if min_interruption_words is not UNSET:
            field_dict["min_interruption_words"] = min_interruption_words
        if balanced_interrupt_word_count is not UNSET:
            field_dict["balanced_interrupt_word_count"] = balanced_interrupt_word_count
        if false_interruption_timeout is not UNSET:
            field_dict["false_interruption_timeout"] = false_interruption_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        allow_interruptions = d.get("allow_interruptions", UNSET)
        if allow_interruptions is None:
            allow_interruptions = unexpected_null("AgentVoiceInterruptionAdvanced.allow_interruptions")

        preemptive_generation = d.get("preemptive_generation", UNSET)
        if preemptive_generation is None:
            preemptive_generation = unexpected_null("AgentVoiceInterruptionAdvanced.preemptive_generation")

        manual_word_count_interrupt = d.get("manual_word_count_interrupt", UNSET)
        if manual_word_count_interrupt is None:
            manual_word_count_interrupt = unexpected_null("AgentVoiceInterruptionAdvanced.manual_word_count_interrupt")

        resume_after_false_interruption = d.get("resume_after_false_interruption", UNSET)
        if resume_after_false_interruption is None:
            resume_after_false_interruption = unexpected_null(
                "AgentVoiceInterruptionAdvanced.resume_after_false_interruption"
            )

        min_endpointing_delay = d.get("min_endpointing_delay", UNSET)
        if min_endpointing_delay is None:
            min_endpointing_delay = unexpected_null("AgentVoiceInterruptionAdvanced.min_endpointing_delay")

        max_endpointing_delay = d.get("max_endpointing_delay", UNSET)
        if max_endpointing_delay is None:
            max_endpointing_delay = unexpected_null("AgentVoiceInterruptionAdvanced.max_endpointing_delay")

        min_interruption_duration = d.get("min_interruption_duration", UNSET)
        if min_interruption_duration is None:
            min_interruption_duration = unexpected_null("AgentVoiceInterruptionAdvanced.min_interruption_duration")

        min_interruption_words = d.get("min_interruption_words", UNSET)
        if min_interruption_words is None:
            min_interruption_words = unexpected_null("AgentVoiceInterruptionAdvanced.min_interruption_words")

        balanced_interrupt_word_count = d.get("balanced_interrupt_word_count", UNSET)
        if balanced_interrupt_word_count is None:
            balanced_interrupt_word_count = unexpected_null(
                "AgentVoiceInterruptionAdvanced.balanced_interrupt_word_count"
            )

        false_interruption_timeout = d.get("false_interruption_timeout", UNSET)
        if false_interruption_timeout is None:
            false_interruption_timeout = unexpected_null("AgentVoiceInterruptionAdvanced.false_interruption_timeout")

        agent_voice_interruption_advanced = new_instance(cls)
        agent_voice_interruption_advanced.allow_interruptions = allow_interruptions
        agent_voice_interruption_advanced.preemptive_generation = preemptive_generation
        agent_voice_interruption_advanced.manual_word_count_interrupt = manual_word_count_interrupt
        agent_voice_interruption_advanced.resume_after_false_interruption = resume_after_false_interruption
        agent_voice_interruption_advanced.min_endpointing_delay = min_endpointing_delay
        agent_voice_interruption_advanced.max_endpointing_delay = max_endpointing_delay
        agent_voice_interruption_advanced.min_interruption_duration = min_interruption_duration
        agent_voice_interruption_advanced.min_interruption_words = min_interruption_words
        agent_voice_interruption_advanced.balanced_interrupt_word_count = balanced_interrupt_word_count
        agent_voice_interruption_advanced.false_interruption_timeout = false_interruption_timeout
        agent_voice_interruption_advanced.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceInterruptionAdvanced")
        )
        return agent_voice_interruption_advanced

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
        "allow_interruptions",
        "preemptive_generation",
        "manual_word_count_interrupt",
        "resume_after_false_interruption",
        "min_endpointing_delay",
        "max_endpointing_delay",
        "min_interruption_duration",
        "min_interruption_words",
        "balanced_interrupt_word_count",
        "false_interruption_timeout",
    )
)
