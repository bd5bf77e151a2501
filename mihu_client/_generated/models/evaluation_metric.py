from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unknown_fields,
)

T = TypeVar("T", bound="EvaluationMetric")


@_attrs_define
class EvaluationMetric:
    """One analyzer result: label value, confidence score and the model's reasoning."""

    value: str | Unset | None = UNSET
    confidence: int | Unset | None = UNSET
    """ Confidence score (documented example: 50). """
    reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_value: str | Unset | None
        if isinstance(self.value, Unset):
            v_value = UNSET
        else:
            v_value = self.value

        v_confidence: int | Unset | None
        if isinstance(self.confidence, Unset):
            v_confidence = UNSET
        else:
            v_confidence = self.confidence

        v_reason: str | Unset | None
        if isinstance(self.reason, Unset):
            v_reason = UNSET
        else:
            v_reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_value is not UNSET:
            field_dict["value"] = v_value
        if v_confidence is not UNSET:
            field_dict["confidence"] = v_confidence
        if v_reason is not UNSET:
            field_dict["reason"] = v_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_value = d.get("value", UNSET)

        v_confidence = d.get("confidence", UNSET)

        v_reason = d.get("reason", UNSET)

        _instance = new_instance(cls)
        _instance.value = v_value
        _instance.confidence = v_confidence
        _instance.reason = v_reason
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "EvaluationMetric")
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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "value",
        "confidence",
        "reason",
    )
)
