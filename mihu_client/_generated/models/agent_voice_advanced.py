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
        v_stability = self.stability

        v_similarity = self.similarity

        v_style = self.style

        v_speed = self.speed

        v_speaker_boost = self.speaker_boost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_stability is not UNSET:
            field_dict["stability"] = v_stability
        if v_similarity is not UNSET:
            field_dict["similarity"] = v_similarity
        if v_style is not UNSET:
            field_dict["style"] = v_style
        if v_speed is not UNSET:
            field_dict["speed"] = v_speed
        if v_speaker_boost is not UNSET:
            field_dict["speaker_boost"] = v_speaker_boost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_stability = d.get("stability", UNSET)
        if v_stability is None:
            v_stability = unexpected_null("AgentVoiceAdvanced.stability")

        v_similarity = d.get("similarity", UNSET)
        if v_similarity is None:
            v_similarity = unexpected_null("AgentVoiceAdvanced.similarity")

        v_style = d.get("style", UNSET)
        if v_style is None:
            v_style = unexpected_null("AgentVoiceAdvanced.style")

        v_speed = d.get("speed", UNSET)
        if v_speed is None:
            v_speed = unexpected_null("AgentVoiceAdvanced.speed")

        v_speaker_boost = d.get("speaker_boost", UNSET)
        if v_speaker_boost is None:
            v_speaker_boost = unexpected_null("AgentVoiceAdvanced.speaker_boost")

        _instance = new_instance(cls)
        _instance.stability = v_stability
        _instance.similarity = v_similarity
        _instance.style = v_style
        _instance.speed = v_speed
        _instance.speaker_boost = v_speaker_boost
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceAdvanced")
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
        "stability",
        "similarity",
        "style",
        "speed",
        "speaker_boost",
    )
)
