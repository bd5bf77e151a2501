from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
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
        guard_rules = []
        for guard_rules_item_data in self.guard_rules:
            guard_rules_item = (
                guard_rules_item_data.to_dict() if hasattr(guard_rules_item_data, "to_dict") else guard_rules_item_data
            )
            guard_rules.append(guard_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guard_rules": guard_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        guard_rules = d.get("guard_rules", UNSET)
        if guard_rules.__class__ is list:
            guard_rules = [
                _from_dict_VoiceIvrGuardRuleCreate(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceGuardRulesBody.guard_rules", False)
                for _i0 in guard_rules
            ]
        elif guard_rules is UNSET:
            guard_rules = missing("ReplaceGuardRulesBody.guard_rules")
        elif guard_rules is None:
            guard_rules = unexpected_null("ReplaceGuardRulesBody.guard_rules")
        elif guard_rules is not UNSET and guard_rules is not None:
            guard_rules = mismatch(guard_rules, "ReplaceGuardRulesBody.guard_rules")

        replace_guard_rules_body = new_instance(cls)
        replace_guard_rules_body.guard_rules = guard_rules
        replace_guard_rules_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceGuardRulesBody")
        )
        return replace_guard_rules_body

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


_FIELD_NAMES = frozenset(("guard_rules",))

from ..models.voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate

_from_dict_VoiceIvrGuardRuleCreate = VoiceIvrGuardRuleCreate.from_dict
