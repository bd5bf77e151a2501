from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
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
)

if TYPE_CHECKING:
    from ..models.agent_call_behavior import AgentCallBehavior
    from ..models.agent_voice_advanced import AgentVoiceAdvanced
    from ..models.agent_voice_compliance import AgentVoiceCompliance
    from ..models.agent_voice_interaction import AgentVoiceInteraction
    from ..models.agent_voice_interruption import AgentVoiceInterruption
    from ..models.agent_voice_profile import AgentVoiceProfile
    from ..models.agent_voice_settings_normalizers import AgentVoiceSettingsNormalizers


T = TypeVar("T", bound="AgentVoiceSettings")


@_attrs_define
class AgentVoiceSettings:
    """All voice-channel settings of an agent."""

    uuid: UUID | Unset = UNSET
    interaction: AgentVoiceInteraction | Unset = UNSET
    """ Greeting, voicemail, end-of-call and silence prompts of a voice agent. """
    interruption: AgentVoiceInterruption | Unset = UNSET
    voice_profile: AgentVoiceProfile | Unset = UNSET
    voice_advanced: AgentVoiceAdvanced | Unset = UNSET
    call_behavior: AgentCallBehavior | Unset = UNSET
    """ Recording, background sound, noise cancellation and time-limit behaviour of voice calls. """
    compliance: AgentVoiceCompliance | Unset = UNSET
    normalizers: AgentVoiceSettingsNormalizers | Unset = UNSET
    """ Number normalizer settings; the stored example is cut off here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        interaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interaction, Unset):
            interaction = self.interaction.to_dict() if hasattr(self.interaction, "to_dict") else self.interaction

        interruption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interruption, Unset):
            interruption = self.interruption.to_dict() if hasattr(self.interruption, "to_dict") else self.interruption

        voice_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_profile, Unset):
            voice_profile = (
                self.voice_profile.to_dict() if hasattr(self.voice_profile, "to_dict") else self.voice_profile
            )

        voice_advanced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_advanced, Unset):
            voice_advanced = (
                self.voice_advanced.to_dict() if hasattr(self.voice_advanced, "to_dict") else self.voice_advanced
            )

        call_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_behavior, Unset):
            call_behavior = (
                self.call_behavior.to_dict() if hasattr(self.call_behavior, "to_dict") else self.call_behavior
            )

        compliance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = self.compliance.to_dict() if hasattr(self.compliance, "to_dict") else self.compliance

        normalizers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizers, Unset):
            normalizers = self.normalizers.to_dict() if hasattr(self.normalizers, "to_dict") else self.normalizers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if interaction is not UNSET:
            field_dict["interaction"] = interaction
        if interruption is not UNSET:
            field_dict["interruption"] = interruption
        if voice_profile is not UNSET:
            field_dict["voice_profile"] = voice_profile
        if voice_advanced is not UNSET:
            field_dict["voice_advanced"] = voice_advanced
        if call_behavior is not UNSET:
            field_dict["call_behavior"] = call_behavior
        if compliance is not UNSET:
            field_dict["compliance"] = compliance
        if normalizers is not UNSET:
            field_dict["normalizers"] = normalizers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "AgentVoiceSettings.uuid")
        elif uuid is None:
            uuid = unexpected_null("AgentVoiceSettings.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "AgentVoiceSettings.uuid")

        interaction = d.get("interaction", UNSET)
        if interaction.__class__ is dict:
            interaction = _from_dict_AgentVoiceInteraction(interaction)
        elif interaction is None:
            interaction = unexpected_null("AgentVoiceSettings.interaction")
        elif interaction is not UNSET and interaction is not None:
            interaction = mismatch(interaction, "AgentVoiceSettings.interaction")

        interruption = d.get("interruption", UNSET)
        if interruption.__class__ is dict:
            interruption = _from_dict_AgentVoiceInterruption(interruption)
        elif interruption is None:
            interruption = unexpected_null("AgentVoiceSettings.interruption")
        elif interruption is not UNSET and interruption is not None:
            interruption = mismatch(interruption, "AgentVoiceSettings.interruption")

        voice_profile = d.get("voice_profile", UNSET)
        if voice_profile.__class__ is dict:
            voice_profile = _from_dict_AgentVoiceProfile(voice_profile)
        elif voice_profile is None:
            voice_profile = unexpected_null("AgentVoiceSettings.voice_profile")
        elif voice_profile is not UNSET and voice_profile is not None:
            voice_profile = mismatch(voice_profile, "AgentVoiceSettings.voice_profile")

        voice_advanced = d.get("voice_advanced", UNSET)
        if voice_advanced.__class__ is dict:
            voice_advanced = _from_dict_AgentVoiceAdvanced(voice_advanced)
        elif voice_advanced is None:
            voice_advanced = unexpected_null("AgentVoiceSettings.voice_advanced")
        elif voice_advanced is not UNSET and voice_advanced is not None:
            voice_advanced = mismatch(voice_advanced, "AgentVoiceSettings.voice_advanced")

        call_behavior = d.get("call_behavior", UNSET)
        if call_behavior.__class__ is dict:
            call_behavior = _from_dict_AgentCallBehavior(call_behavior)
        elif call_behavior is None:
            call_behavior = unexpected_null("AgentVoiceSettings.call_behavior")
        elif call_behavior is not UNSET and call_behavior is not None:
            call_behavior = mismatch(call_behavior, "AgentVoiceSettings.call_behavior")

        compliance = d.get("compliance", UNSET)
        if compliance.__class__ is dict:
            compliance = _from_dict_AgentVoiceCompliance(compliance)
        elif compliance is None:
            compliance = unexpected_null("AgentVoiceSettings.compliance")
        elif compliance is not UNSET and compliance is not None:
            compliance = mismatch(compliance, "AgentVoiceSettings.compliance")

        normalizers = d.get("normalizers", UNSET)
        if normalizers.__class__ is dict:
            normalizers = _from_dict_AgentVoiceSettingsNormalizers(normalizers)
        elif normalizers is None:
            normalizers = unexpected_null("AgentVoiceSettings.normalizers")
        elif normalizers is not UNSET and normalizers is not None:
            normalizers = mismatch(normalizers, "AgentVoiceSettings.normalizers")

        agent_voice_settings = new_instance(cls)
        agent_voice_settings.uuid = uuid
        agent_voice_settings.interaction = interaction
        agent_voice_settings.interruption = interruption
        agent_voice_settings.voice_profile = voice_profile
        agent_voice_settings.voice_advanced = voice_advanced
        agent_voice_settings.call_behavior = call_behavior
        agent_voice_settings.compliance = compliance
        agent_voice_settings.normalizers = normalizers
        agent_voice_settings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_voice_settings

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
        "uuid",
        "interaction",
        "interruption",
        "voice_profile",
        "voice_advanced",
        "call_behavior",
        "compliance",
        "normalizers",
    )
)

from ..models.agent_call_behavior import AgentCallBehavior
from ..models.agent_voice_advanced import AgentVoiceAdvanced
from ..models.agent_voice_compliance import AgentVoiceCompliance
from ..models.agent_voice_interaction import AgentVoiceInteraction
from ..models.agent_voice_interruption import AgentVoiceInterruption
from ..models.agent_voice_profile import AgentVoiceProfile
from ..models.agent_voice_settings_normalizers import AgentVoiceSettingsNormalizers

_from_dict_AgentVoiceInteraction = AgentVoiceInteraction.from_dict

_from_dict_AgentVoiceInterruption = AgentVoiceInterruption.from_dict

_from_dict_AgentVoiceProfile = AgentVoiceProfile.from_dict

_from_dict_AgentVoiceAdvanced = AgentVoiceAdvanced.from_dict

_from_dict_AgentCallBehavior = AgentCallBehavior.from_dict

_from_dict_AgentVoiceCompliance = AgentVoiceCompliance.from_dict

_from_dict_AgentVoiceSettingsNormalizers = AgentVoiceSettingsNormalizers.from_dict
