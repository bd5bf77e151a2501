from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            uuid = str(self.uuid)

        interaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interaction, Unset):
            interaction = self.interaction.to_dict()

        interruption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interruption, Unset):
            interruption = self.interruption.to_dict()

        voice_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_profile, Unset):
            voice_profile = self.voice_profile.to_dict()

        voice_advanced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_advanced, Unset):
            voice_advanced = self.voice_advanced.to_dict()

        call_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_behavior, Unset):
            call_behavior = self.call_behavior.to_dict()

        compliance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            compliance = self.compliance.to_dict()

        normalizers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizers, Unset):
            normalizers = self.normalizers.to_dict()

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
        from ..models.agent_call_behavior import AgentCallBehavior
        from ..models.agent_voice_advanced import AgentVoiceAdvanced
        from ..models.agent_voice_compliance import AgentVoiceCompliance
        from ..models.agent_voice_interaction import AgentVoiceInteraction
        from ..models.agent_voice_interruption import AgentVoiceInterruption
        from ..models.agent_voice_profile import AgentVoiceProfile
        from ..models.agent_voice_settings_normalizers import AgentVoiceSettingsNormalizers

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _interaction = d.pop("interaction", UNSET)
        interaction: AgentVoiceInteraction | Unset
        if isinstance(_interaction, Unset):
            interaction = UNSET
        else:
            interaction = AgentVoiceInteraction.from_dict(_interaction)

        _interruption = d.pop("interruption", UNSET)
        interruption: AgentVoiceInterruption | Unset
        if isinstance(_interruption, Unset):
            interruption = UNSET
        else:
            interruption = AgentVoiceInterruption.from_dict(_interruption)

        _voice_profile = d.pop("voice_profile", UNSET)
        voice_profile: AgentVoiceProfile | Unset
        if isinstance(_voice_profile, Unset):
            voice_profile = UNSET
        else:
            voice_profile = AgentVoiceProfile.from_dict(_voice_profile)

        _voice_advanced = d.pop("voice_advanced", UNSET)
        voice_advanced: AgentVoiceAdvanced | Unset
        if isinstance(_voice_advanced, Unset):
            voice_advanced = UNSET
        else:
            voice_advanced = AgentVoiceAdvanced.from_dict(_voice_advanced)

        _call_behavior = d.pop("call_behavior", UNSET)
        call_behavior: AgentCallBehavior | Unset
        if isinstance(_call_behavior, Unset):
            call_behavior = UNSET
        else:
            call_behavior = AgentCallBehavior.from_dict(_call_behavior)

        _compliance = d.pop("compliance", UNSET)
        compliance: AgentVoiceCompliance | Unset
        if isinstance(_compliance, Unset):
            compliance = UNSET
        else:
            compliance = AgentVoiceCompliance.from_dict(_compliance)

        _normalizers = d.pop("normalizers", UNSET)
        normalizers: AgentVoiceSettingsNormalizers | Unset
        if isinstance(_normalizers, Unset):
            normalizers = UNSET
        else:
            normalizers = AgentVoiceSettingsNormalizers.from_dict(_normalizers)

        agent_voice_settings = cls(
            uuid=uuid,
            interaction=interaction,
            interruption=interruption,
            voice_profile=voice_profile,
            voice_advanced=voice_advanced,
            call_behavior=call_behavior,
            compliance=compliance,
            normalizers=normalizers,
        )

        agent_voice_settings.additional_properties = d
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
