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
        v_mode = self.mode

        v_advanced: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced, Unset):
            v_advanced = (
                self.advanced.to_dict() if isinstance(self.advanced, AgentVoiceInterruptionAdvanced) else self.advanced
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_mode is not UNSET:
            field_dict["mode"] = v_mode
        if v_advanced is not UNSET:
            field_dict["advanced"] = v_advanced

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_mode = d.get("mode", UNSET)
        if v_mode is None:
            v_mode = unexpected_null("AgentVoiceInterruption.mode")

        v_advanced = d.get("advanced", UNSET)
        if v_advanced.__class__ is dict:
            v_advanced = _from_dict_AgentVoiceInterruptionAdvanced(v_advanced)
        elif v_advanced is None:
            v_advanced = unexpected_null("AgentVoiceInterruption.advanced")
        elif v_advanced is not UNSET and v_advanced is not None:
            v_advanced = mismatch(v_advanced, "AgentVoiceInterruption.advanced")

        _instance = new_instance(cls)
        _instance.mode = v_mode
        _instance.advanced = v_advanced
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentVoiceInterruption")
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
        "mode",
        "advanced",
    )
)

from ..models.agent_voice_interruption_advanced import AgentVoiceInterruptionAdvanced

_from_dict_AgentVoiceInterruptionAdvanced = AgentVoiceInterruptionAdvanced.from_dict
