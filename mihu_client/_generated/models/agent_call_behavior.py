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

T = TypeVar("T", bound="AgentCallBehavior")


@_attrs_define
class AgentCallBehavior:
    """Recording, background sound, noise cancellation and time-limit behaviour of voice calls."""

    audio_recording: bool | Unset = UNSET
    background_sound: bool | Unset = UNSET
    background_sound_ambience: str | Unset = UNSET
    """ Value seen: office. """
    background_sound_volume: float | Unset = UNSET
    noise_cancellation: bool | Unset = UNSET
    silence_timeout_seconds: int | Unset = UNSET
    max_call_duration_seconds: int | Unset = UNSET
    max_call_duration_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_recording = self.audio_recording

        background_sound = self.background_sound

        background_sound_ambience = self.background_sound_ambience

        background_sound_volume = self.background_sound_volume

        noise_cancellation = self.noise_cancellation

        silence_timeout_seconds = self.silence_timeout_seconds

        max_call_duration_seconds = self.max_call_duration_seconds

        max_call_duration_message = self.max_call_duration_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_recording is not UNSET:
            field_dict["audio_recording"] = audio_recording
        if background_sound is not UNSET:
            field_dict["background_sound"] = background_sound
        if background_sound_ambience is not UNSET:
            field_dict["background_sound_ambience"] = background_sound_ambience
        if background_sound_volume is not UNSET:
            field_dict["background_sound_volume"] = background_sound_volume
        if noise_cancellation is not UNSET:
            field_dict["noise_cancellation"] = noise_cancellation
        if silence_timeout_seconds is not UNSET:
            field_dict["silence_timeout_seconds"] = silence_timeout_seconds
        if max_call_duration_seconds is not UNSET:
            field_dict["max_call_duration_seconds"] = max_call_duration_seconds
        if max_call_duration_message is not UNSET:
            field_dict["max_call_duration_message"] = max_call_duration_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        audio_recording = d.get("audio_recording", UNSET)
        if audio_recording is None:
            audio_recording = unexpected_null("AgentCallBehavior.audio_recording")

        background_sound = d.get("background_sound", UNSET)
        if background_sound is None:
            background_sound = unexpected_null("AgentCallBehavior.background_sound")

        background_sound_ambience = d.get("background_sound_ambience", UNSET)
        if background_sound_ambience is None:
            background_sound_ambience = unexpected_null("AgentCallBehavior.background_sound_ambience")

        background_sound_volume = d.get("background_sound_volume", UNSET)
        if background_sound_volume is None:
            background_sound_volume = unexpected_null("AgentCallBehavior.background_sound_volume")

        noise_cancellation = d.get("noise_cancellation", UNSET)
        if noise_cancellation is None:
            noise_cancellation = unexpected_null("AgentCallBehavior.noise_cancellation")

        silence_timeout_seconds = d.get("silence_timeout_seconds", UNSET)
        if silence_timeout_seconds is None:
            silence_timeout_seconds = unexpected_null("AgentCallBehavior.silence_timeout_seconds")

        max_call_duration_seconds = d.get("max_call_duration_seconds", UNSET)
        if max_call_duration_seconds is None:
            max_call_duration_seconds = unexpected_null("AgentCallBehavior.max_call_duration_seconds")

        max_call_duration_message = d.get("max_call_duration_message", UNSET)
        if max_call_duration_message is None:
            max_call_duration_message = unexpected_null("AgentCallBehavior.max_call_duration_message")

        agent_call_behavior = new_instance(cls)
        agent_call_behavior.audio_recording = audio_recording
        agent_call_behavior.background_sound = background_sound
        agent_call_behavior.background_sound_ambience = background_sound_ambience
        agent_call_behavior.background_sound_volume = background_sound_volume
        agent_call_behavior.noise_cancellation = noise_cancellation
        agent_call_behavior.silence_timeout_seconds = silence_timeout_seconds
        agent_call_behavior.max_call_duration_seconds = max_call_duration_seconds
        agent_call_behavior.max_call_duration_message = max_call_duration_message
        agent_call_behavior.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentCallBehavior")
        )
        return agent_call_behavior

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
        "audio_recording",
        "background_sound",
        "background_sound_ambience",
        "background_sound_volume",
        "noise_cancellation",
        "silence_timeout_seconds",
        "max_call_duration_seconds",
        "max_call_duration_message",
    )
)
