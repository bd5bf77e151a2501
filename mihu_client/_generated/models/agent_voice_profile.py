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
        v_language = self.language

        v_voice_uuid: str | Unset = UNSET
        if not isinstance(self.voice_uuid, Unset):
            v_voice_uuid = str(self.voice_uuid) if isinstance(self.voice_uuid, UUID) else self.voice_uuid

        v_voice_name = self.voice_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_language is not UNSET:
            field_dict["language"] = v_language
        if v_voice_uuid is not UNSET:
            field_dict["voice_uuid"] = v_voice_uuid
        if v_voice_name is not UNSET:
            field_dict["voice_name"] = v_voice_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_language = d.get("language", UNSET)
        if v_language is None:
            v_language = unexpected_null("AgentVoiceProfile.language")

        v_voice_uuid = d.get("voice_uuid", UNSET)
        if v_voice_uuid.__class__ is str:
            v_voice_uuid = parse_uuid(v_voice_uuid, "AgentVoiceProfile.voice_uuid")
        elif v_voice_uuid is None:
            v_voice_uuid = unexpected_null("AgentVoiceProfile.voice_uuid")
        elif v_voice_uuid is not UNSET and v_voice_uuid is not None:
            v_voice_uuid = mismatch(v_voice_uuid, "AgentVoiceProfile.voice_uuid")

        v_voice_name = d.get("voice_name", UNSET)
        if v_voice_name is None:
            v_voice_name = unexpected_null("AgentVoiceProfile.voice_name")

        _instance = new_instance(cls)
        _instance.language = v_language
        _instance.voice_uuid = v_voice_uuid
        _instance.voice_name = v_voice_name
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceProfile")
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
        "language",
        "voice_uuid",
        "voice_name",
    )
)
