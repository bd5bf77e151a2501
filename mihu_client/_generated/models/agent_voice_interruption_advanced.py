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
        v_allow_interruptions = self.allow_interruptions

        v_preemptive_generation = self.preemptive_generation

        v_manual_word_count_interrupt = self.manual_word_count_interrupt

        v_resume_after_false_interruption = self.resume_after_false_interruption

        v_min_endpointing_delay = self.min_endpointing_delay

        v_max_endpointing_delay = self.max_endpointing_delay

        v_min_interruption_duration = self.min_interruption_duration

        v_min_interruption_words = self.min_interruption_words

        v_balanced_interrupt_word_count = self.balanced_interrupt_word_count

        v_false_interruption_timeout = self.false_interruption_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_allow_interruptions is not UNSET:
            field_dict["allow_interruptions"] = v_allow_interruptions
        if v_preemptive_generation is not UNSET:
            field_dict["preemptive_generation"] = v_preemptive_generation
        if v_manual_word_count_interrupt is not UNSET:
            field_dict["manual_word_count_interrupt"] = v_manual_word_count_interrupt
        if v_resume_after_false_interruption is not UNSET:
            field_dict["resume_after_false_interruption"] = v_resume_after_false_interruption
        if v_min_endpointing_delay is not UNSET:
            field_dict["min_endpointing_delay"] = v_min_endpointing_delay
        if v_max_endpointing_delay is not UNSET:
            field_dict["max_endpointing_delay"] = v_max_endpointing_delay
        if v_min_interruption_duration is not UNSET:
            field_dict["min_interruption_duration"] = v_min_interruption_duration
        if v_min_interruption_words is not UNSET:
            field_dict["min_interruption_words"] = v_min_interruption_words
        if v_balanced_interrupt_word_count is not UNSET:
            field_dict["balanced_interrupt_word_count"] = v_balanced_interrupt_word_count
        if v_false_interruption_timeout is not UNSET:
            field_dict["false_interruption_timeout"] = v_false_interruption_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_allow_interruptions = d.get("allow_interruptions", UNSET)
        if v_allow_interruptions is None:
            v_allow_interruptions = unexpected_null("AgentVoiceInterruptionAdvanced.allow_interruptions")

        v_preemptive_generation = d.get("preemptive_generation", UNSET)
        if v_preemptive_generation is None:
            v_preemptive_generation = unexpected_null("AgentVoiceInterruptionAdvanced.preemptive_generation")

        v_manual_word_count_interrupt = d.get("manual_word_count_interrupt", UNSET)
        if v_manual_word_count_interrupt is None:
            v_manual_word_count_interrupt = unexpected_null(
                "AgentVoiceInterruptionAdvanced.manual_word_count_interrupt"
            )

        v_resume_after_false_interruption = d.get("resume_after_false_interruption", UNSET)
        if v_resume_after_false_interruption is None:
            v_resume_after_false_interruption = unexpected_null(
                "AgentVoiceInterruptionAdvanced.resume_after_false_interruption"
            )

        v_min_endpointing_delay = d.get("min_endpointing_delay", UNSET)
        if v_min_endpointing_delay is None:
            v_min_endpointing_delay = unexpected_null("AgentVoiceInterruptionAdvanced.min_endpointing_delay")

        v_max_endpointing_delay = d.get("max_endpointing_delay", UNSET)
        if v_max_endpointing_delay is None:
            v_max_endpointing_delay = unexpected_null("AgentVoiceInterruptionAdvanced.max_endpointing_delay")

        v_min_interruption_duration = d.get("min_interruption_duration", UNSET)
        if v_min_interruption_duration is None:
            v_min_interruption_duration = unexpected_null("AgentVoiceInterruptionAdvanced.min_interruption_duration")

        v_min_interruption_words = d.get("min_interruption_words", UNSET)
        if v_min_interruption_words is None:
            v_min_interruption_words = unexpected_null("AgentVoiceInterruptionAdvanced.min_interruption_words")

        v_balanced_interrupt_word_count = d.get("balanced_interrupt_word_count", UNSET)
        if v_balanced_interrupt_word_count is None:
            v_balanced_interrupt_word_count = unexpected_null(
                "AgentVoiceInterruptionAdvanced.balanced_interrupt_word_count"
            )

        v_false_interruption_timeout = d.get("false_interruption_timeout", UNSET)
        if v_false_interruption_timeout is None:
            v_false_interruption_timeout = unexpected_null("AgentVoiceInterruptionAdvanced.false_interruption_timeout")

        _instance = new_instance(cls)
        _instance.allow_interruptions = v_allow_interruptions
        _instance.preemptive_generation = v_preemptive_generation
        _instance.manual_word_count_interrupt = v_manual_word_count_interrupt
        _instance.resume_after_false_interruption = v_resume_after_false_interruption
        _instance.min_endpointing_delay = v_min_endpointing_delay
        _instance.max_endpointing_delay = v_max_endpointing_delay
        _instance.min_interruption_duration = v_min_interruption_duration
        _instance.min_interruption_words = v_min_interruption_words
        _instance.balanced_interrupt_word_count = v_balanced_interrupt_word_count
        _instance.false_interruption_timeout = v_false_interruption_timeout
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceInterruptionAdvanced")
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
