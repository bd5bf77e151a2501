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
        v_audio_recording = self.audio_recording

        v_background_sound = self.background_sound

        v_background_sound_ambience = self.background_sound_ambience

        v_background_sound_volume = self.background_sound_volume

        v_noise_cancellation = self.noise_cancellation

        v_silence_timeout_seconds = self.silence_timeout_seconds

        v_max_call_duration_seconds = self.max_call_duration_seconds

        v_max_call_duration_message = self.max_call_duration_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_audio_recording is not UNSET:
            field_dict["audio_recording"] = v_audio_recording
        if v_background_sound is not UNSET:
            field_dict["background_sound"] = v_background_sound
        if v_background_sound_ambience is not UNSET:
            field_dict["background_sound_ambience"] = v_background_sound_ambience
        if v_background_sound_volume is not UNSET:
            field_dict["background_sound_volume"] = v_background_sound_volume
        if v_noise_cancellation is not UNSET:
            field_dict["noise_cancellation"] = v_noise_cancellation
        if v_silence_timeout_seconds is not UNSET:
            field_dict["silence_timeout_seconds"] = v_silence_timeout_seconds
        if v_max_call_duration_seconds is not UNSET:
            field_dict["max_call_duration_seconds"] = v_max_call_duration_seconds
        if v_max_call_duration_message is not UNSET:
            field_dict["max_call_duration_message"] = v_max_call_duration_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_audio_recording = d.get("audio_recording", UNSET)
        if v_audio_recording is None:
            v_audio_recording = unexpected_null("AgentCallBehavior.audio_recording")

        v_background_sound = d.get("background_sound", UNSET)
        if v_background_sound is None:
            v_background_sound = unexpected_null("AgentCallBehavior.background_sound")

        v_background_sound_ambience = d.get("background_sound_ambience", UNSET)
        if v_background_sound_ambience is None:
            v_background_sound_ambience = unexpected_null("AgentCallBehavior.background_sound_ambience")

        v_background_sound_volume = d.get("background_sound_volume", UNSET)
        if v_background_sound_volume is None:
            v_background_sound_volume = unexpected_null("AgentCallBehavior.background_sound_volume")

        v_noise_cancellation = d.get("noise_cancellation", UNSET)
        if v_noise_cancellation is None:
            v_noise_cancellation = unexpected_null("AgentCallBehavior.noise_cancellation")

        v_silence_timeout_seconds = d.get("silence_timeout_seconds", UNSET)
        if v_silence_timeout_seconds is None:
            v_silence_timeout_seconds = unexpected_null("AgentCallBehavior.silence_timeout_seconds")

        v_max_call_duration_seconds = d.get("max_call_duration_seconds", UNSET)
        if v_max_call_duration_seconds is None:
            v_max_call_duration_seconds = unexpected_null("AgentCallBehavior.max_call_duration_seconds")

        v_max_call_duration_message = d.get("max_call_duration_message", UNSET)
        if v_max_call_duration_message is None:
            v_max_call_duration_message = unexpected_null("AgentCallBehavior.max_call_duration_message")

        _instance = new_instance(cls)
        _instance.audio_recording = v_audio_recording
        _instance.background_sound = v_background_sound
        _instance.background_sound_ambience = v_background_sound_ambience
        _instance.background_sound_volume = v_background_sound_volume
        _instance.noise_cancellation = v_noise_cancellation
        _instance.silence_timeout_seconds = v_silence_timeout_seconds
        _instance.max_call_duration_seconds = v_max_call_duration_seconds
        _instance.max_call_duration_message = v_max_call_duration_message
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentCallBehavior")
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
