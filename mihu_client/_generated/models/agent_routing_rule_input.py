from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_routing_rule_input_detection_mode import AgentRoutingRuleInputDetectionMode
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
)

T = TypeVar("T", bound="AgentRoutingRuleInput")


@_attrs_define
class AgentRoutingRuleInput:
    """Routing (voice IVR) rule embedded in an agent payload; the stored example is cut off after department_name. See the
    Voice IVR & Guards tag for the full rule shape.

    """

    detection_mode: AgentRoutingRuleInputDetectionMode | Unset = UNSET
    trigger_keyword: str | Unset = UNSET
    department_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detection_mode: str | Unset = UNSET
        if not isinstance(self.detection_mode, Unset):
            detection_mode = getattr(self.detection_mode, "value", self.detection_mode)

        trigger_keyword = self.trigger_keyword

        department_name = self.department_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detection_mode is not UNSET:
            field_dict["detection_mode"] = detection_mode
        if trigger_keyword is not UNSET:
            field_dict["trigger_keyword"] = trigger_keyword
        if department_name is not UNSET:
            field_dict["department_name"] = department_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        detection_mode = d.get("detection_mode", UNSET)
        if detection_mode.__class__ is str:
            detection_mode = _values_AgentRoutingRuleInputDetectionMode.get(detection_mode) or enum_value(
                AgentRoutingRuleInputDetectionMode, detection_mode, "AgentRoutingRuleInput.detection_mode"
            )
        elif detection_mode is None:
            detection_mode = unexpected_null("AgentRoutingRuleInput.detection_mode")
        elif detection_mode is not UNSET and detection_mode is not None:
            detection_mode = mismatch(detection_mode, "AgentRoutingRuleInput.detection_mode")

        trigger_keyword = d.get("trigger_keyword", UNSET)
        if trigger_keyword is None:
            trigger_keyword = unexpected_null("AgentRoutingRuleInput.trigger_keyword")

        department_name = d.get("department_name", UNSET)
        if department_name is None:
            department_name = unexpected_null("AgentRoutingRuleInput.department_name")

        agent_routing_rule_input = new_instance(cls)
        agent_routing_rule_input.detection_mode = detection_mode
        agent_routing_rule_input.trigger_keyword = trigger_keyword
        agent_routing_rule_input.department_name = department_name
        agent_routing_rule_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_routing_rule_input

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


_values_AgentRoutingRuleInputDetectionMode = AgentRoutingRuleInputDetectionMode._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "detection_mode",
        "trigger_keyword",
        "department_name",
    )
)
