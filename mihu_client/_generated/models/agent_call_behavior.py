from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        audio_recording = d.pop("audio_recording", UNSET)

        background_sound = d.pop("background_sound", UNSET)

        background_sound_ambience = d.pop("background_sound_ambience", UNSET)

        background_sound_volume = d.pop("background_sound_volume", UNSET)

        noise_cancellation = d.pop("noise_cancellation", UNSET)

        silence_timeout_seconds = d.pop("silence_timeout_seconds", UNSET)

        max_call_duration_seconds = d.pop("max_call_duration_seconds", UNSET)

        max_call_duration_message = d.pop("max_call_duration_message", UNSET)

        agent_call_behavior = cls(
            audio_recording=audio_recording,
            background_sound=background_sound,
            background_sound_ambience=background_sound_ambience,
            background_sound_volume=background_sound_volume,
            noise_cancellation=noise_cancellation,
            silence_timeout_seconds=silence_timeout_seconds,
            max_call_duration_seconds=max_call_duration_seconds,
            max_call_duration_message=max_call_duration_message,
        )

        agent_call_behavior.additional_properties = d
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
