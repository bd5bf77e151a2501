from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AgentVoiceProfile")


@_attrs_define
class AgentVoiceProfile:
    language: str | Unset = UNSET
    voice_uuid: UUID | Unset = UNSET
    voice_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        voice_uuid: str | Unset = UNSET
        if not isinstance(self.voice_uuid, Unset):
            voice_uuid = str(self.voice_uuid) if isinstance(self.voice_uuid, UUID) else self.voice_uuid

        voice_name = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if voice_uuid is not UNSET:
            field_dict["voice_uuid"] = voice_uuid
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        language = d.get("language", UNSET)
        if language is None:
            language = unexpected_null("AgentVoiceProfile.language")

        voice_uuid = d.get("voice_uuid", UNSET)
        if voice_uuid.__class__ is str:
            voice_uuid = parse_uuid(voice_uuid, "AgentVoiceProfile.voice_uuid")
        elif voice_uuid is None:
            voice_uuid = unexpected_null("AgentVoiceProfile.voice_uuid")
        elif voice_uuid is not UNSET and voice_uuid is not None:
            voice_uuid = mismatch(voice_uuid, "AgentVoiceProfile.voice_uuid")

        voice_name = d.get("voice_name", UNSET)
        if voice_name is None:
            voice_name = unexpected_null("AgentVoiceProfile.voice_name")

        agent_voice_profile = new_instance(cls)
        agent_voice_profile.language = language
        agent_voice_profile.voice_uuid = voice_uuid
        agent_voice_profile.voice_name = voice_name
        agent_voice_profile.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceProfile")
        )
        return agent_voice_profile

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
        "language",
        "voice_uuid",
        "voice_name",
    )
)
