from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_analyzer_update_update_behavior import ContactAnalyzerUpdateUpdateBehavior
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="ContactAnalyzerUpdate")


@_attrs_define
class ContactAnalyzerUpdate:
    """Configuration change for one analyzer. Built-in (b_) analyzers accept only update_behavior; pipeline (p_) analyzers
    ignore example_values.

    """

    update_behavior: ContactAnalyzerUpdateUpdateBehavior | Unset = UNSET
    """ Policy applied when the AI extracts a value (ignore, fill only empty, ask approval before overwriting,
    always ask, or save automatically). """
    analysis_goals: str | Unset | None = UNSET
    """ Short instruction describing what to extract. """
    example_values: str | Unset | None = UNSET
    """ Optional sample values (contact-field analyzers only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_update_behavior: str | Unset = UNSET
        if not isinstance(self.update_behavior, Unset):
            v_update_behavior = getattr(self.update_behavior, "value", self.update_behavior)

        v_analysis_goals: str | Unset | None
        if isinstance(self.analysis_goals, Unset):
            v_analysis_goals = UNSET
        else:
            v_analysis_goals = self.analysis_goals

        v_example_values: str | Unset | None
        if isinstance(self.example_values, Unset):
            v_example_values = UNSET
        else:
            v_example_values = self.example_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_update_behavior is not UNSET:
            field_dict["update_behavior"] = v_update_behavior
        if v_analysis_goals is not UNSET:
            field_dict["analysis_goals"] = v_analysis_goals
        if v_example_values is not UNSET:
            field_dict["example_values"] = v_example_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_update_behavior = d.get("update_behavior", UNSET)
        if v_update_behavior.__class__ is str:
            v_update_behavior = _values_ContactAnalyzerUpdateUpdateBehavior.get(v_update_behavior) or enum_value(
                ContactAnalyzerUpdateUpdateBehavior, v_update_behavior, "ContactAnalyzerUpdate.update_behavior"
            )
        elif v_update_behavior is None:
            v_update_behavior = unexpected_null("ContactAnalyzerUpdate.update_behavior")
        elif v_update_behavior is not UNSET and v_update_behavior is not None:
            v_update_behavior = mismatch(v_update_behavior, "ContactAnalyzerUpdate.update_behavior")

        v_analysis_goals = d.get("analysis_goals", UNSET)

        v_example_values = d.get("example_values", UNSET)

        _instance = new_instance(cls)
        _instance.update_behavior = v_update_behavior
        _instance.analysis_goals = v_analysis_goals
        _instance.example_values = v_example_values
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactAnalyzerUpdate")
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


_values_ContactAnalyzerUpdateUpdateBehavior = ContactAnalyzerUpdateUpdateBehavior._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "update_behavior",
        "analysis_goals",
        "example_values",
    )
)
