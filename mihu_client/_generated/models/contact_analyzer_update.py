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
        update_behavior: str | Unset = UNSET
        if not isinstance(self.update_behavior, Unset):
            update_behavior = getattr(self.update_behavior, "value", self.update_behavior)

        analysis_goals: str | Unset | None
        if isinstance(self.analysis_goals, Unset):
            analysis_goals = UNSET
        else:
            analysis_goals = self.analysis_goals

        example_values: str | Unset | None
        if isinstance(self.example_values, Unset):
            example_values = UNSET
        else:
            example_values = self.example_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_behavior is not UNSET:
            field_dict["update_behavior"] = update_behavior
        if analysis_goals is not UNSET:
            field_dict["analysis_goals"] = analysis_goals
        if example_values is not UNSET:
            field_dict["example_values"] = example_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        update_behavior = d.get("update_behavior", UNSET)
        if update_behavior.__class__ is str:
            update_behavior = _values_ContactAnalyzerUpdateUpdateBehavior.get(update_behavior) or enum_value(
                ContactAnalyzerUpdateUpdateBehavior, update_behavior, "ContactAnalyzerUpdate.update_behavior"
            )
        elif update_behavior is None:
            update_behavior = unexpected_null("ContactAnalyzerUpdate.update_behavior")
        elif update_behavior is not UNSET and update_behavior is not None:
            update_behavior = mismatch(update_behavior, "ContactAnalyzerUpdate.update_behavior")

        analysis_goals = d.get("analysis_goals", UNSET)

        example_values = d.get("example_values", UNSET)

        contact_analyzer_update = new_instance(cls)
        contact_analyzer_update.update_behavior = update_behavior
        contact_analyzer_update.analysis_goals = analysis_goals
        contact_analyzer_update.example_values = example_values
        contact_analyzer_update.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ContactAnalyzerUpdate")
        )
        return contact_analyzer_update

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


_FIELD_NAMES = frozenset(
    (
        "update_behavior",
        "analysis_goals",
        "example_values",
    )
)
