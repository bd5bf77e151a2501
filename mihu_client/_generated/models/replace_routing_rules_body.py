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
    from ..models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput


T = TypeVar("T", bound="ReplaceRoutingRulesBody")


@_attrs_define
class ReplaceRoutingRulesBody:
    routing_rules: list[VoiceIvrRoutingRuleInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.routing_rules, list):
            v_routing_rules = []
            for v_routing_rules_item_data in self.routing_rules:
                v_routing_rules_item = (
                    v_routing_rules_item_data.to_dict()
                    if isinstance(v_routing_rules_item_data, VoiceIvrRoutingRuleInput)
                    else v_routing_rules_item_data
                )
                v_routing_rules.append(v_routing_rules_item)
        else:
            v_routing_rules = self.routing_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_routing_rules, Unset):
            field_dict["routing_rules"] = v_routing_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_routing_rules = d.get("routing_rules", UNSET)
        if v_routing_rules.__class__ is list:
            v_routing_rules = [
                _from_dict_VoiceIvrRoutingRuleInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ReplaceRoutingRulesBody.routing_rules", False)
                for _i0 in v_routing_rules
            ]
        elif v_routing_rules is UNSET:
            v_routing_rules = missing("ReplaceRoutingRulesBody.routing_rules")
        elif v_routing_rules is None:
            v_routing_rules = unexpected_null("ReplaceRoutingRulesBody.routing_rules")
        elif v_routing_rules is not UNSET and v_routing_rules is not None:
            v_routing_rules = mismatch(v_routing_rules, "ReplaceRoutingRulesBody.routing_rules")

        _instance = new_instance(cls)
        _instance.routing_rules = v_routing_rules
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ReplaceRoutingRulesBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(("routing_rules",))

from ..models.voice_ivr_routing_rule_input import VoiceIvrRoutingRuleInput

_from_dict_VoiceIvrRoutingRuleInput = VoiceIvrRoutingRuleInput.from_dict
