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
)

if TYPE_CHECKING:
    from ..models.agent_input_settings_text import AgentInputSettingsText
    from ..models.agent_input_settings_voice import AgentInputSettingsVoice


T = TypeVar("T", bound="AgentInputSettings")


@_attrs_define
class AgentInputSettings:
    voice: AgentInputSettingsVoice | Unset = UNSET
    """ Voice settings block, same sections as AgentVoiceSettings (e.g. interaction). """
    text: AgentInputSettingsText | Unset = UNSET
    """ Text settings block. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            v_voice = self.voice.to_dict() if isinstance(self.voice, AgentInputSettingsVoice) else self.voice

        v_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            v_text = self.text.to_dict() if isinstance(self.text, AgentInputSettingsText) else self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_voice is not UNSET:
            field_dict["voice"] = v_voice
        if v_text is not UNSET:
            field_dict["text"] = v_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_voice = d.get("voice", UNSET)
        if v_voice.__class__ is dict:
            v_voice = _from_dict_AgentInputSettingsVoice(v_voice)
        elif v_voice is None:
            v_voice = unexpected_null("AgentInputSettings.voice")
        elif v_voice is not UNSET and v_voice is not None:
            v_voice = mismatch(v_voice, "AgentInputSettings.voice")

        v_text = d.get("text", UNSET)
        if v_text.__class__ is dict:
            v_text = _from_dict_AgentInputSettingsText(v_text)
        elif v_text is None:
            v_text = unexpected_null("AgentInputSettings.text")
        elif v_text is not UNSET and v_text is not None:
            v_text = mismatch(v_text, "AgentInputSettings.text")

        _instance = new_instance(cls)
        _instance.voice = v_voice
        _instance.text = v_text
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
    )
)

from ..models.agent_input_settings_text import AgentInputSettingsText
from ..models.agent_input_settings_voice import AgentInputSettingsVoice

_from_dict_AgentInputSettingsVoice = AgentInputSettingsVoice.from_dict

_from_dict_AgentInputSettingsText = AgentInputSettingsText.from_dict
