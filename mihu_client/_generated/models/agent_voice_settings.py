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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_interaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interaction, Unset):
            v_interaction = (
                self.interaction.to_dict() if isinstance(self.interaction, AgentVoiceInteraction) else self.interaction
            )

        v_interruption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interruption, Unset):
            v_interruption = (
                self.interruption.to_dict()
                if isinstance(self.interruption, AgentVoiceInterruption)
                else self.interruption
            )

        v_voice_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_profile, Unset):
            v_voice_profile = (
                self.voice_profile.to_dict()
                if isinstance(self.voice_profile, AgentVoiceProfile)
                else self.voice_profile
            )

        v_voice_advanced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_advanced, Unset):
            v_voice_advanced = (
                self.voice_advanced.to_dict()
                if isinstance(self.voice_advanced, AgentVoiceAdvanced)
                else self.voice_advanced
            )

        v_call_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_behavior, Unset):
            v_call_behavior = (
                self.call_behavior.to_dict()
                if isinstance(self.call_behavior, AgentCallBehavior)
                else self.call_behavior
            )

        v_compliance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance, Unset):
            v_compliance = (
                self.compliance.to_dict() if isinstance(self.compliance, AgentVoiceCompliance) else self.compliance
            )

        v_normalizers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalizers, Unset):
            v_normalizers = (
                self.normalizers.to_dict()
                if isinstance(self.normalizers, AgentVoiceSettingsNormalizers)
                else self.normalizers
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_interaction is not UNSET:
            field_dict["interaction"] = v_interaction
        if v_interruption is not UNSET:
            field_dict["interruption"] = v_interruption
        if v_voice_profile is not UNSET:
            field_dict["voice_profile"] = v_voice_profile
        if v_voice_advanced is not UNSET:
            field_dict["voice_advanced"] = v_voice_advanced
        if v_call_behavior is not UNSET:
            field_dict["call_behavior"] = v_call_behavior
        if v_compliance is not UNSET:
            field_dict["compliance"] = v_compliance
        if v_normalizers is not UNSET:
            field_dict["normalizers"] = v_normalizers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "AgentVoiceSettings.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("AgentVoiceSettings.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "AgentVoiceSettings.uuid")

        v_interaction = d.get("interaction", UNSET)
        if v_interaction.__class__ is dict:
            v_interaction = _from_dict_AgentVoiceInteraction(v_interaction)
        elif v_interaction is None:
            v_interaction = unexpected_null("AgentVoiceSettings.interaction")
        elif v_interaction is not UNSET and v_interaction is not None:
            v_interaction = mismatch(v_interaction, "AgentVoiceSettings.interaction")

        v_interruption = d.get("interruption", UNSET)
        if v_interruption.__class__ is dict:
            v_interruption = _from_dict_AgentVoiceInterruption(v_interruption)
        elif v_interruption is None:
            v_interruption = unexpected_null("AgentVoiceSettings.interruption")
        elif v_interruption is not UNSET and v_interruption is not None:
            v_interruption = mismatch(v_interruption, "AgentVoiceSettings.interruption")

        v_voice_profile = d.get("voice_profile", UNSET)
        if v_voice_profile.__class__ is dict:
            v_voice_profile = _from_dict_AgentVoiceProfile(v_voice_profile)
        elif v_voice_profile is None:
            v_voice_profile = unexpected_null("AgentVoiceSettings.voice_profile")
        elif v_voice_profile is not UNSET and v_voice_profile is not None:
            v_voice_profile = mismatch(v_voice_profile, "AgentVoiceSettings.voice_profile")

        v_voice_advanced = d.get("voice_advanced", UNSET)
        if v_voice_advanced.__class__ is dict:
            v_voice_advanced = _from_dict_AgentVoiceAdvanced(v_voice_advanced)
        elif v_voice_advanced is None:
            v_voice_advanced = unexpected_null("AgentVoiceSettings.voice_advanced")
        elif v_voice_advanced is not UNSET and v_voice_advanced is not None:
            v_voice_advanced = mismatch(v_voice_advanced, "AgentVoiceSettings.voice_advanced")

        v_call_behavior = d.get("call_behavior", UNSET)
        if v_call_behavior.__class__ is dict:
            v_call_behavior = _from_dict_AgentCallBehavior(v_call_behavior)
        elif v_call_behavior is None:
            v_call_behavior = unexpected_null("AgentVoiceSettings.call_behavior")
        elif v_call_behavior is not UNSET and v_call_behavior is not None:
            v_call_behavior = mismatch(v_call_behavior, "AgentVoiceSettings.call_behavior")

        v_compliance = d.get("compliance", UNSET)
        if v_compliance.__class__ is dict:
            v_compliance = _from_dict_AgentVoiceCompliance(v_compliance)
        elif v_compliance is None:
            v_compliance = unexpected_null("AgentVoiceSettings.compliance")
        elif v_compliance is not UNSET and v_compliance is not None:
            v_compliance = mismatch(v_compliance, "AgentVoiceSettings.compliance")

        v_normalizers = d.get("normalizers", UNSET)
        if v_normalizers.__class__ is dict:
            v_normalizers = _from_dict_AgentVoiceSettingsNormalizers(v_normalizers)
        elif v_normalizers is None:
            v_normalizers = unexpected_null("AgentVoiceSettings.normalizers")
        elif v_normalizers is not UNSET and v_normalizers is not None:
            v_normalizers = mismatch(v_normalizers, "AgentVoiceSettings.normalizers")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.interaction = v_interaction
        _instance.interruption = v_interruption
        _instance.voice_profile = v_voice_profile
        _instance.voice_advanced = v_voice_advanced
        _instance.call_behavior = v_call_behavior
        _instance.compliance = v_compliance
        _instance.normalizers = v_normalizers
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
