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
        v_detection_mode: str | Unset = UNSET
        if not isinstance(self.detection_mode, Unset):
            v_detection_mode = getattr(self.detection_mode, "value", self.detection_mode)

        v_trigger_keyword = self.trigger_keyword

        v_department_name = self.department_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_detection_mode is not UNSET:
            field_dict["detection_mode"] = v_detection_mode
        if v_trigger_keyword is not UNSET:
            field_dict["trigger_keyword"] = v_trigger_keyword
        if v_department_name is not UNSET:
            field_dict["department_name"] = v_department_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_detection_mode = d.get("detection_mode", UNSET)
        if v_detection_mode.__class__ is str:
            v_detection_mode = _values_AgentRoutingRuleInputDetectionMode.get(v_detection_mode) or enum_value(
                AgentRoutingRuleInputDetectionMode, v_detection_mode, "AgentRoutingRuleInput.detection_mode"
            )
        elif v_detection_mode is None:
            v_detection_mode = unexpected_null("AgentRoutingRuleInput.detection_mode")
        elif v_detection_mode is not UNSET and v_detection_mode is not None:
            v_detection_mode = mismatch(v_detection_mode, "AgentRoutingRuleInput.detection_mode")

        v_trigger_keyword = d.get("trigger_keyword", UNSET)
        if v_trigger_keyword is None:
            v_trigger_keyword = unexpected_null("AgentRoutingRuleInput.trigger_keyword")

        v_department_name = d.get("department_name", UNSET)
        if v_department_name is None:
            v_department_name = unexpected_null("AgentRoutingRuleInput.department_name")

        _instance = new_instance(cls)
        _instance.detection_mode = v_detection_mode
        _instance.trigger_keyword = v_trigger_keyword
        _instance.department_name = v_department_name
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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


_values_AgentRoutingRuleInputDetectionMode = AgentRoutingRuleInputDetectionMode._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "detection_mode",
        "trigger_keyword",
        "department_name",
    )
)
