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

T = TypeVar("T", bound="AgentVoiceAdvanced")


@_attrs_define
class AgentVoiceAdvanced:
    stability: float | Unset = UNSET
    similarity: float | Unset = UNSET
    style: float | Unset = UNSET
    speed: float | Unset = UNSET
    speaker_boost: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stability = self.stability

        similarity = self.similarity

        style = self.style

        speed = self.speed

        speaker_boost = self.speaker_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stability is not UNSET:
            field_dict["stability"] = stability
        if similarity is not UNSET:
            field_dict["similarity"] = similarity
        if style is not UNSET:
            field_dict["style"] = style
        if speed is not UNSET:
            field_dict["speed"] = speed
        if speaker_boost is not UNSET:
            field_dict["speaker_boost"] = speaker_boost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        stability = d.get("stability", UNSET)
        if stability is None:
            stability = unexpected_null("AgentVoiceAdvanced.stability")

        similarity = d.get("similarity", UNSET)
        if similarity is None:
            similarity = unexpected_null("AgentVoiceAdvanced.similarity")

        style = d.get("style", UNSET)
        if style is None:
            style = unexpected_null("AgentVoiceAdvanced.style")

        speed = d.get("speed", UNSET)
        if speed is None:
            speed = unexpected_null("AgentVoiceAdvanced.speed")

        speaker_boost = d.get("speaker_boost", UNSET)
        if speaker_boost is None:
            speaker_boost = unexpected_null("AgentVoiceAdvanced.speaker_boost")

        agent_voice_advanced = new_instance(cls)
        agent_voice_advanced.stability = stability
        agent_voice_advanced.similarity = similarity
        agent_voice_advanced.style = style
        agent_voice_advanced.speed = speed
        agent_voice_advanced.speaker_boost = speaker_boost
        agent_voice_advanced.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceAdvanced")
        )
        return agent_voice_advanced

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
        "stability",
        "similarity",
        "style",
        "speed",
        "speaker_boost",
    )
)
