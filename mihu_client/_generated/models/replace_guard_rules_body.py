from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate


T = TypeVar("T", bound="ReplaceGuardRulesBody")


@_attrs_define
class ReplaceGuardRulesBody:
    guard_rules: list[VoiceIvrGuardRuleCreate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.guard_rules, list):
            v_guard_rules = []
            for v_guard_rules_item_data in self.guard_rules:
                v_guard_rules_item = (
                    v_guard_rules_item_data.to_dict()
                    if isinstance(v_guard_rules_item_data, VoiceIvrGuardRuleCreate)
                    else v_guard_rules_item_data
                )
                v_guard_rules.append(v_guard_rules_item)
        else:
            v_guard_rules = self.guard_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_guard_rules, Unset):
            field_dict["guard_rules"] = v_guard_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_guard_rules = d.get("guard_rules", UNSET)
        if v_guard_rules.__class__ is list:
            v_guard_rules = [
                _from_dict_VoiceIvrGuardRuleCreate(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceGuardRulesBody.guard_rules", False)
                for _i0 in v_guard_rules
            ]
        elif v_guard_rules is UNSET:
            v_guard_rules = missing("ReplaceGuardRulesBody.guard_rules")
        elif v_guard_rules is None:
            v_guard_rules = unexpected_null("ReplaceGuardRulesBody.guard_rules")
        elif v_guard_rules is not UNSET and v_guard_rules is not None:
            v_guard_rules = mismatch(v_guard_rules, "ReplaceGuardRulesBody.guard_rules")

        _instance = new_instance(cls)
        _instance.guard_rules = v_guard_rules
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceGuardRulesBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(("guard_rules",))

from ..models.voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate

_from_dict_VoiceIvrGuardRuleCreate = VoiceIvrGuardRuleCreate.from_dict
