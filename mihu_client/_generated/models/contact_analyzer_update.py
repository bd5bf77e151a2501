from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_analyzer_update_update_behavior import ContactAnalyzerUpdateUpdateBehavior
from ..types import UNSET, Unset

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
            update_behavior = self.update_behavior.value

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
        d = dict(src_dict)
        _update_behavior = d.pop("update_behavior", UNSET)
        update_behavior: ContactAnalyzerUpdateUpdateBehavior | Unset
        if isinstance(_update_behavior, Unset):
            update_behavior = UNSET
        else:
            update_behavior = ContactAnalyzerUpdateUpdateBehavior(_update_behavior)

        def _parse_analysis_goals(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis_goals = _parse_analysis_goals(d.pop("analysis_goals", UNSET))

        def _parse_example_values(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        example_values = _parse_example_values(d.pop("example_values", UNSET))

        contact_analyzer_update = cls(
            update_behavior=update_behavior,
            analysis_goals=analysis_goals,
            example_values=example_values,
        )

        contact_analyzer_update.additional_properties = d
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
