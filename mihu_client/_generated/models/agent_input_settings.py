from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice is not UNSET:
            field_dict["voice"] = voice
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_input_settings_text import AgentInputSettingsText
        from ..models.agent_input_settings_voice import AgentInputSettingsVoice

        d = dict(src_dict)
        _voice = d.pop("voice", UNSET)
        voice: AgentInputSettingsVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = AgentInputSettingsVoice.from_dict(_voice)

        _text = d.pop("text", UNSET)
        text: AgentInputSettingsText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = AgentInputSettingsText.from_dict(_text)

        agent_input_settings = cls(
            voice=voice,
            text=text,
        )

        agent_input_settings.additional_properties = d
        return agent_input_settings

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
