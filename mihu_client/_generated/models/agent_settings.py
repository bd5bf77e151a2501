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
        v_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            v_voice = self.voice.to_dict() if isinstance(self.voice, AgentSettingsVoice) else self.voice

        v_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            v_text = self.text.to_dict() if isinstance(self.text, AgentSettingsText) else self.text

        v_memorize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memorize, Unset):
            v_memorize = self.memorize.to_dict() if isinstance(self.memorize, AgentSettingsMemorize) else self.memorize

        v_evaluation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation, Unset):
            v_evaluation = (
                self.evaluation.to_dict() if isinstance(self.evaluation, AgentSettingsEvaluation) else self.evaluation
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
            v_voice = _from_dict_AgentSettingsVoice(v_voice)
        elif v_voice is None:
            v_voice = unexpected_null("AgentSettings.voice")
        elif v_voice is not UNSET and v_voice is not None:
            v_voice = mismatch(v_voice, "AgentSettings.voice")

        v_text = d.get("text", UNSET)
        if v_text.__class__ is dict:
            v_text = _from_dict_AgentSettingsText(v_text)
        elif v_text is None:
            v_text = unexpected_null("AgentSettings.text")
        elif v_text is not UNSET and v_text is not None:
            v_text = mismatch(v_text, "AgentSettings.text")

        v_memorize = d.get("memorize", UNSET)
        if v_memorize.__class__ is dict:
            v_memorize = _from_dict_AgentSettingsMemorize(v_memorize)
        elif v_memorize is None:
            v_memorize = unexpected_null("AgentSettings.memorize")
        elif v_memorize is not UNSET and v_memorize is not None:
            v_memorize = mismatch(v_memorize, "AgentSettings.memorize")

        v_evaluation = d.get("evaluation", UNSET)
        if v_evaluation.__class__ is dict:
            v_evaluation = _from_dict_AgentSettingsEvaluation(v_evaluation)
        elif v_evaluation is None:
            v_evaluation = unexpected_null("AgentSettings.evaluation")
        elif v_evaluation is not UNSET and v_evaluation is not None:
            v_evaluation = mismatch(v_evaluation, "AgentSettings.evaluation")

        _instance = new_instance(cls)
        _instance.voice = v_voice
        _instance.text = v_text
        _instance.memorize = v_memorize
        _instance.evaluation = v_evaluation
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentSettings")
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

from ..models.agent_settings_evaluation import AgentSettingsEvaluation
from ..models.agent_settings_memorize import AgentSettingsMemorize
from ..models.agent_settings_text import AgentSettingsText
from ..models.agent_settings_voice import AgentSettingsVoice

_from_dict_AgentSettingsVoice = AgentSettingsVoice.from_dict

_from_dict_AgentSettingsText = AgentSettingsText.from_dict

_from_dict_AgentSettingsMemorize = AgentSettingsMemorize.from_dict

_from_dict_AgentSettingsEvaluation = AgentSettingsEvaluation.from_dict
