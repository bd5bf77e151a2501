from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            voice = self.voice.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        memorize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memorize, Unset):
            memorize = self.memorize.to_dict()

        evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            evaluation = self.evaluation.to_dict()

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
        from ..models.voice_ivr_agent_settings_evaluation import VoiceIvrAgentSettingsEvaluation
        from ..models.voice_ivr_agent_settings_memorize import VoiceIvrAgentSettingsMemorize
        from ..models.voice_ivr_agent_settings_text import VoiceIvrAgentSettingsText
        from ..models.voice_ivr_agent_settings_voice import VoiceIvrAgentSettingsVoice

        d = dict(src_dict)
        _voice = d.pop("voice", UNSET)
        voice: VoiceIvrAgentSettingsVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = VoiceIvrAgentSettingsVoice.from_dict(_voice)

        _text = d.pop("text", UNSET)
        text: VoiceIvrAgentSettingsText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = VoiceIvrAgentSettingsText.from_dict(_text)

        _memorize = d.pop("memorize", UNSET)
        memorize: VoiceIvrAgentSettingsMemorize | Unset
        if isinstance(_memorize, Unset):
            memorize = UNSET
        else:
            memorize = VoiceIvrAgentSettingsMemorize.from_dict(_memorize)

        _evaluation = d.pop("evaluation", UNSET)
        evaluation: VoiceIvrAgentSettingsEvaluation | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = VoiceIvrAgentSettingsEvaluation.from_dict(_evaluation)

        voice_ivr_agent_settings = cls(
            voice=voice,
            text=text,
            memorize=memorize,
            evaluation=evaluation,
        )

        voice_ivr_agent_settings.additional_properties = d
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
