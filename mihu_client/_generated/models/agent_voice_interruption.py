from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.agent_voice_interruption_advanced import AgentVoiceInterruptionAdvanced


T = TypeVar("T", bound="AgentVoiceInterruption")


@_attrs_define
class AgentVoiceInterruption:
    mode: str | Unset = UNSET
    """ Value seen: advance. """
    advanced: AgentVoiceInterruptionAdvanced | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        advanced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced, Unset):
            advanced = self.advanced.to_dict() if hasattr(self.advanced, "to_dict") else self.advanced

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if advanced is not UNSET:
            field_dict["advanced"] = advanced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        mode = d.get("mode", UNSET)
        if mode is None:
            mode = unexpected_null("AgentVoiceInterruption.mode")

        advanced = d.get("advanced", UNSET)
        if advanced.__class__ is dict:
            advanced = _from_dict_AgentVoiceInterruptionAdvanced(advanced)
        elif advanced is None:
            advanced = unexpected_null("AgentVoiceInterruption.advanced")
        elif advanced is not UNSET and advanced is not None:
            advanced = mismatch(advanced, "AgentVoiceInterruption.advanced")

        agent_voice_interruption = new_instance(cls)
        agent_voice_interruption.mode = mode
        agent_voice_interruption.advanced = advanced
        agent_voice_interruption.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceInterruption")
        )
        return agent_voice_interruption

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
        "mode",
        "advanced",
    )
)

from ..models.agent_voice_interruption_advanced import AgentVoiceInterruptionAdvanced

_from_dict_AgentVoiceInterruptionAdvanced = AgentVoiceInterruptionAdvanced.from_dict
