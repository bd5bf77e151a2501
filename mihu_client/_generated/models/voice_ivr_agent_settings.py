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
        v_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            v_voice = self.voice.to_dict() if isinstance(self.voice, VoiceIvrAgentSettingsVoice) else self.voice

        v_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            v_text = self.text.to_dict() if isinstance(self.text, VoiceIvrAgentSettingsText) else self.text

        v_memorize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memorize, Unset):
            v_memorize = (
                self.memorize.to_dict() if isinstance(self.memorize, VoiceIvrAgentSettingsMemorize) else self.memorize
            )

        v_evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            v_evaluation = (
                self.evaluation.to_dict()
                if isinstance(self.evaluation, VoiceIvrAgentSettingsEvaluation)
                else self.evaluation
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_voice is not UNSET:
            field_dict["voice"] = v_voice
        if v_text is not UNSET:
            field_dict["text"] = v_text
        if v_memorize is not UNSET:
            field_dict["memorize"] = v_memorize
        if v_evaluation is not UNSET:
            field_dict["evaluation"] = v_evaluation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_voice = d.get("voice", UNSET)
        if v_voice.__class__ is dict:
            v_voice = _from_dict_VoiceIvrAgentSettingsVoice(v_voice)
        elif v_voice is None:
            v_voice = unexpected_null("VoiceIvrAgentSettings.voice")
        elif v_voice is not UNSET and v_voice is not None:
            v_voice = mismatch(v_voice, "VoiceIvrAgentSettings.voice")

        v_text = d.get("text", UNSET)
        if v_text.__class__ is dict:
            v_text = _from_dict_VoiceIvrAgentSettingsText(v_text)
        elif v_text is None:
            v_text = unexpected_null("VoiceIvrAgentSettings.text")
        elif v_text is not UNSET and v_text is not None:
            v_text = mismatch(v_text, "VoiceIvrAgentSettings.text")

        v_memorize = d.get("memorize", UNSET)
        if v_memorize.__class__ is dict:
            v_memorize = _from_dict_VoiceIvrAgentSettingsMemorize(v_memorize)
        elif v_memorize is None:
            v_memorize = unexpected_null("VoiceIvrAgentSettings.memorize")
        elif v_memorize is not UNSET and v_memorize is not None:
            v_memorize = mismatch(v_memorize, "VoiceIvrAgentSettings.memorize")

        v_evaluation = d.get("evaluation", UNSET)
        if v_evaluation.__class__ is dict:
            v_evaluation = _from_dict_VoiceIvrAgentSettingsEvaluation(v_evaluation)
        elif v_evaluation is None:
            v_evaluation = unexpected_null("VoiceIvrAgentSettings.evaluation")
        elif v_evaluation is not UNSET and v_evaluation is not None:
            v_evaluation = mismatch(v_evaluation, "VoiceIvrAgentSettings.evaluation")

        _instance = new_instance(cls)
        _instance.voice = v_voice
        _instance.text = v_text
        _instance.memorize = v_memorize
        _instance.evaluation = v_evaluation
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "VoiceIvrAgentSettings")
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
