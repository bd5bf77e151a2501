from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            guard_rules_item = guard_rules_item_data.to_dict()
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
        from ..models.voice_ivr_guard_rule_create import VoiceIvrGuardRuleCreate

        d = dict(src_dict)
        guard_rules = []
        _guard_rules = d.pop("guard_rules")
        for guard_rules_item_data in _guard_rules:
            guard_rules_item = VoiceIvrGuardRuleCreate.from_dict(guard_rules_item_data)

            guard_rules.append(guard_rules_item)

        replace_guard_rules_body = cls(
            guard_rules=guard_rules,
        )

        replace_guard_rules_body.additional_properties = d
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
