from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.voice_ivr_agent_settings_evaluation import VoiceIvrAgentSettingsEvaluation
    from ..models.voice_ivr_agent_settings_memorize import VoiceIvrAgentSettingsMemorize
    from ..models.voice_ivr_agent_settings_text import VoiceIvrAgentSettingsText
    from ..models.voice_ivr_agent_settings_voice import VoiceIvrAgentSettingsVoice


T = TypeVar("T", bound="VoiceIvrAgentSettings")


@_attrs_define
class VoiceIvrAgentSettings:
    voice: VoiceIvrAgentSettingsVoice | Unset = UNSET
    text: VoiceIvrAgentSettingsText | Unset = UNSET
    memorize: VoiceIvrAgentSettingsMemorize | Unset = UNSET
    evaluation: VoiceIvrAgentSettingsEvaluation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict() if hasattr(self.voice, "to_dict") else self.voice

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict() if hasattr(self.text, "to_dict") else self.text

        memorize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memorize, Unset):
            memorize = self.memorize.to_dict() if hasattr(self.memorize, "to_dict") else self.memorize

        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict() if hasattr(self.evaluation, "to_dict") else self.evaluation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice is not UNSET:
            field_dict["voice"] = voice
        if text is not UNSET:
            field_dict["text"] = text
        if memorize is not UNSET:
            field_dict["memorize"] = memorize
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        voice = d.get("voice", UNSET)
        if voice.__class__ is dict:
            voice = _from_dict_VoiceIvrAgentSettingsVoice(voice)
        elif voice is None:
            voice = unexpected_null("VoiceIvrAgentSettings.voice")
        elif voice is not UNSET and voice is not None:
            voice = mismatch(voice, "VoiceIvrAgentSettings.voice")

        text = d.get("text", UNSET)
        if text.__class__ is dict:
            text = _from_dict_VoiceIvrAgentSettingsText(text)
        elif text is None:
            text = unexpected_null("VoiceIvrAgentSettings.text")
        elif text is not UNSET and text is not None:
            text = mismatch(text, "VoiceIvrAgentSettings.text")

        memorize = d.get("memorize", UNSET)
        if memorize.__class__ is dict:
            memorize = _from_dict_VoiceIvrAgentSettingsMemorize(memorize)
        elif memorize is None:
            memorize = unexpected_null("VoiceIvrAgentSettings.memorize")
        elif memorize is not UNSET and memorize is not None:
            memorize = mismatch(memorize, "VoiceIvrAgentSettings.memorize")

        evaluation = d.get("evaluation", UNSET)
        if evaluation.__class__ is dict:
            evaluation = _from_dict_VoiceIvrAgentSettingsEvaluation(evaluation)
        elif evaluation is None:
            evaluation = unexpected_null("VoiceIvrAgentSettings.evaluation")
        elif evaluation is not UNSET and evaluation is not None:
            evaluation = mismatch(evaluation, "VoiceIvrAgentSettings.evaluation")

        voice_ivr_agent_settings = new_instance(cls)
        voice_ivr_agent_settings.voice = voice
        voice_ivr_agent_settings.text = text
        voice_ivr_agent_settings.memorize = memorize
        voice_ivr_agent_settings.evaluation = evaluation
        voice_ivr_agent_settings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "VoiceIvrAgentSettings")
        )
        return voice_ivr_agent_settings

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
        "voice",
        "text",
        "memorize",
        "evaluation",
    )
)

from ..models.voice_ivr_agent_settings_evaluation import VoiceIvrAgentSettingsEvaluation
from ..models.voice_ivr_agent_settings_memorize import VoiceIvrAgentSettingsMemorize
from ..models.voice_ivr_agent_settings_text import VoiceIvrAgentSettingsText
from ..models.voice_ivr_agent_settings_voice import VoiceIvrAgentSettingsVoice

_from_dict_VoiceIvrAgentSettingsVoice = VoiceIvrAgentSettingsVoice.from_dict

_from_dict_VoiceIvrAgentSettingsText = VoiceIvrAgentSettingsText.from_dict

_from_dict_VoiceIvrAgentSettingsMemorize = VoiceIvrAgentSettingsMemorize.from_dict

_from_dict_VoiceIvrAgentSettingsEvaluation = VoiceIvrAgentSettingsEvaluation.from_dict
