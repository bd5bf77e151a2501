from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput


T = TypeVar("T", bound="ReplaceRoutingRulesBody")


@_attrs_define
class ReplaceRoutingRulesBody:
    routing_rules: list[VoiceIvrRoutingRuleInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routing_rules = []
        for routing_rules_item_data in self.routing_rules:
            routing_rules_item = routing_rules_item_data.to_dict()
            routing_rules.append(routing_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "routing_rules": routing_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput

        d = dict(src_dict)
        routing_rules = []
        _routing_rules = d.pop("routing_rules")
        for routing_rules_item_data in _routing_rules:
            routing_rules_item = VoiceIvrRoutingRuleInput.from_dict(routing_rules_item_data)

            routing_rules.append(routing_rules_item)

        replace_routing_rules_body = cls(
            routing_rules=routing_rules,
        )

        replace_routing_rules_body.additional_properties = d
        return replace_routing_rules_body

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
