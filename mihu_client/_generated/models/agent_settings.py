from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.agent_settings_evaluation import AgentSettingsEvaluation
        from ..models.agent_settings_memorize import AgentSettingsMemorize
        from ..models.agent_settings_text import AgentSettingsText
        from ..models.agent_settings_voice import AgentSettingsVoice

        d = dict(src_dict)
        _voice = d.pop("voice", UNSET)
        voice: AgentSettingsVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = AgentSettingsVoice.from_dict(_voice)

        _text = d.pop("text", UNSET)
        text: AgentSettingsText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = AgentSettingsText.from_dict(_text)

        _memorize = d.pop("memorize", UNSET)
        memorize: AgentSettingsMemorize | Unset
        if isinstance(_memorize, Unset):
            memorize = UNSET
        else:
            memorize = AgentSettingsMemorize.from_dict(_memorize)

        _evaluation = d.pop("evaluation", UNSET)
        evaluation: AgentSettingsEvaluation | Unset
        if isinstance(_evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = AgentSettingsEvaluation.from_dict(_evaluation)

        agent_settings = cls(
            voice=voice,
            text=text,
            memorize=memorize,
            evaluation=evaluation,
        )

        agent_settings.additional_properties = d
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
