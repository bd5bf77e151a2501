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
    from ..models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput


T = TypeVar("T", bound="ReplaceRoutingRulesBody")


@_attrs_define
class ReplaceRoutingRulesBody:
    routing_rules: list[VoiceIvrRoutingRuleInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routing_rules = []
        for routing_rules_item_data in self.routing_rules:
            routing_rules_item = (
                routing_rules_item_data.to_dict()
                if hasattr(routing_rules_item_data, "to_dict")
                else routing_rules_item_data
            )
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        routing_rules = d.get("routing_rules", UNSET)
        if routing_rules.__class__ is list:
            routing_rules = [
                _from_dict_VoiceIvrRoutingRuleInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceRoutingRulesBody.routing_rules", False)
                for _i0 in routing_rules
            ]
        elif routing_rules is UNSET:
            routing_rules = missing("ReplaceRoutingRulesBody.routing_rules")
        elif routing_rules is None:
            routing_rules = unexpected_null("ReplaceRoutingRulesBody.routing_rules")
        elif routing_rules is not UNSET and routing_rules is not None:
            routing_rules = mismatch(routing_rules, "ReplaceRoutingRulesBody.routing_rules")

        replace_routing_rules_body = new_instance(cls)
        replace_routing_rules_body.routing_rules = routing_rules
        replace_routing_rules_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceRoutingRulesBody")
        )
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


_FIELD_NAMES = frozenset(("routing_rules",))

from ..models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput

_from_dict_VoiceIvrRoutingRuleInput = VoiceIvrRoutingRuleInput.from_dict
