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
    from ..models.agent_settings_evaluation import AgentSettingsEvaluation
    from ..models.agent_settings_memorize import AgentSettingsMemorize
    from ..models.agent_settings_text import AgentSettingsText
    from ..models.agent_settings_voice import AgentSettingsVoice


T = TypeVar("T", bound="AgentSettings")


@_attrs_define
class AgentSettings:
    """Grouped channel and feature settings of an agent. Inner shapes are not shown on the stored pages."""

    voice: AgentSettingsVoice | Unset = UNSET
    """ Voice-channel settings block (interaction, interruption, voice_profile, voice_advanced, call_behavior,
    compliance, normalizers); see AgentVoiceSettings. """
    text: AgentSettingsText | Unset = UNSET
    """ Text-channel settings block. """
    memorize: AgentSettingsMemorize | Unset = UNSET
    """ Memory settings applied to this agent. """
    evaluation: AgentSettingsEvaluation | Unset = UNSET
    """ Evaluation/analyzer settings applied to this agent. """
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
            voice = _from_dict_AgentSettingsVoice(voice)
        elif voice is None:
            voice = unexpected_null("AgentSettings.voice")
        elif voice is not UNSET and voice is not None:
            voice = mismatch(voice, "AgentSettings.voice")

        text = d.get("text", UNSET)
        if text.__class__ is dict:
            text = _from_dict_AgentSettingsText(text)
        elif text is None:
            text = unexpected_null("AgentSettings.text")
        elif text is not UNSET and text is not None:
            text = mismatch(text, "AgentSettings.text")

        memorize = d.get("memorize", UNSET)
        if memorize.__class__ is dict:
            memorize = _from_dict_AgentSettingsMemorize(memorize)
        elif memorize is None:
            memorize = unexpected_null("AgentSettings.memorize")
        elif memorize is not UNSET and memorize is not None:
            memorize = mismatch(memorize, "AgentSettings.memorize")

        evaluation = d.get("evaluation", UNSET)
        if evaluation.__class__ is dict:
            evaluation = _from_dict_AgentSettingsEvaluation(evaluation)
        elif evaluation is None:
            evaluation = unexpected_null("AgentSettings.evaluation")
        elif evaluation is not UNSET and evaluation is not None:
            evaluation = mismatch(evaluation, "AgentSettings.evaluation")

        agent_settings = new_instance(cls)
        agent_settings.voice = voice
        agent_settings.text = text
        agent_settings.memorize = memorize
        agent_settings.evaluation = evaluation
        agent_settings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentSettings")
        )
        return agent_settings

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

from ..models.agent_settings_evaluation import AgentSettingsEvaluation
from ..models.agent_settings_memorize import AgentSettingsMemorize
from ..models.agent_settings_text import AgentSettingsText
from ..models.agent_settings_voice import AgentSettingsVoice

_from_dict_AgentSettingsVoice = AgentSettingsVoice.from_dict

_from_dict_AgentSettingsText = AgentSettingsText.from_dict

_from_dict_AgentSettingsMemorize = AgentSettingsMemorize.from_dict

_from_dict_AgentSettingsEvaluation = AgentSettingsEvaluation.from_dict
