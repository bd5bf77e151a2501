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
    from ..models.voice_ivr_agent import VoiceIvrAgent


T = TypeVar("T", bound="ReplaceGuardRulesResponse200")


@_attrs_define
class ReplaceGuardRulesResponse200:
    data: VoiceIvrAgent | Unset = UNSET
    """ Full agent document returned by the routing/guard rule endpoints. Only the first part of the documented
    example was readable (up to 'training'); later keys (routing_rules, guard_rules and possibly others) are
    modelled from the page descriptions. Same shape as the Agents tag's agent object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            v_data = self.data.to_dict() if isinstance(self.data, VoiceIvrAgent) else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_data is not UNSET:
            field_dict["data"] = v_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_data = d.get("data", UNSET)
        if v_data.__class__ is dict:
            v_data = _from_dict_VoiceIvrAgent(v_data)
        elif v_data is None:
            v_data = unexpected_null("ReplaceGuardRulesResponse200.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "ReplaceGuardRulesResponse200.data")

        _instance = new_instance(cls)
        _instance.data = v_data
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceGuardRulesResponse200")
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


_FIELD_NAMES: frozenset[str] = frozenset(("data",))

from ..models.voice_ivr_agent import VoiceIvrAgent

_from_dict_VoiceIvrAgent = VoiceIvrAgent.from_dict
