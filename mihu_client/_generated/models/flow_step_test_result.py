from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_step_test_result_kind import FlowStepTestResultKind
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.flow_step_test_result_data import FlowStepTestResultData
    from ..models.flow_step_test_result_resolved_type_0 import FlowStepTestResultResolvedType0
    from ..models.flow_step_test_result_selected_type_0 import FlowStepTestResultSelectedType0
    from ..models.flow_step_test_sample import FlowStepTestSample


T = TypeVar("T", bound="FlowStepTestResult")


@_attrs_define
class FlowStepTestResult:
    """Outcome of testing a flow step (fields depend on whether the step is a trigger or an action)."""

    kind: FlowStepTestResultKind | Unset = UNSET
    dry_run: bool | Unset | None = UNSET
    data: FlowStepTestResultData | Unset = UNSET
    """ Sample payload (trigger) or execution output (action). """
    duration_ms: int | Unset | None = UNSET
    resolved: FlowStepTestResultResolvedType0 | Unset | None = UNSET
    """ Action config after {{stepN.field}} resolution. """
    selected: FlowStepTestResultSelectedType0 | Unset | None = UNSET
    """ The trigger sample that was chosen. """
    samples: list[FlowStepTestSample] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = getattr(self.kind, "value", self.kind)

        dry_run: bool | Unset | None
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if hasattr(self.data, "to_dict") else self.data

        duration_ms: int | Unset | None
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        resolved: dict[str, Any] | Unset | None
        if isinstance(self.resolved, Unset):
            resolved = UNSET
        elif isinstance(self.resolved, FlowStepTestResultResolvedType0):
            resolved = self.resolved.to_dict() if hasattr(self.resolved, "to_dict") else self.resolved
        else:
            resolved = self.resolved

        selected: dict[str, Any] | Unset | None
        if isinstance(self.selected, Unset):
            selected = UNSET
        elif isinstance(self.selected, FlowStepTestResultSelectedType0):
            selected = self.selected.to_dict() if hasattr(self.selected, "to_dict") else self.selected
        else:
            selected = self.selected

        samples: list[dict[str, Any]] | Unset | None
        if isinstance(self.samples, Unset):
            samples = UNSET
        elif isinstance(self.samples, list):
            samples = []
            for samples_type_0_item_data in self.samples:
                samples_type_0_item = (
                    samples_type_0_item_data.to_dict()
                    if hasattr(samples_type_0_item_data, "to_dict")
                    else samples_type_0_item_data
                )
                samples.append(samples_type_0_item)

        else:
            samples = self.samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if data is not UNSET:
            field_dict["data"] = data
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if selected is not UNSET:
            field_dict["selected"] = selected
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        kind = d.get("kind", UNSET)
        if kind.__class__ is str:
            kind = _values_FlowStepTestResultKind.get(kind) or enum_value(
                FlowStepTestResultKind, kind, "FlowStepTestResult.kind"
            )
        elif kind is None:
            kind = unexpected_null("FlowStepTestResult.kind")
        elif kind is not UNSET and kind is not None:
            kind = mismatch(kind, "FlowStepTestResult.kind")

        dry_run = d.get("dry_run", UNSET)

        data = d.get("data", UNSET)
        if data.__class__ is dict:
            data = _from_dict_FlowStepTestResultData(data)
        elif data is None:
            data = unexpected_null("FlowStepTestResult.data")
        elif data is not UNSET and data is not None:
            data = mismatch(data, "FlowStepTestResult.data")

        duration_ms = d.get("duration_ms", UNSET)

        resolved = d.get("resolved", UNSET)
        if resolved.__class__ is dict:
            resolved = _from_dict_FlowStepTestResultResolvedType0(resolved)
        elif resolved is not UNSET and resolved is not None:
            resolved = mismatch(resolved, "FlowStepTestResult.resolved")

        selected = d.get("selected", UNSET)
        if selected.__class__ is dict:
            selected = _from_dict_FlowStepTestResultSelectedType0(selected)
        elif selected is not UNSET and selected is not None:
            selected = mismatch(selected, "FlowStepTestResult.selected")

        samples = d.get("samples", UNSET)
        if samples.__class__ is list:
            samples = [
                _from_dict_FlowStepTestSample(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "FlowStepTestResult.samples", False)
                for _i0 in samples
            ]
        elif samples is not UNSET and samples is not None:
            samples = mismatch(samples, "FlowStepTestResult.samples")

        flow_step_test_result = new_instance(cls)
        flow_step_test_result.kind = kind
        flow_step_test_result.dry_run = dry_run
        flow_step_test_result.data = data
        flow_step_test_result.duration_ms = duration_ms
        flow_step_test_result.resolved = resolved
        flow_step_test_result.selected = selected
        flow_step_test_result.samples = samples
        flow_step_test_result.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepTestResult")
        )
        return flow_step_test_result

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


_values_FlowStepTestResultKind = FlowStepTestResultKind._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "kind",
        "dry_run",
        "data",
        "duration_ms",
        "resolved",
        "selected",
        "samples",
    )
)

from ..models.flow_step_test_result_data import FlowStepTestResultData
from ..models.flow_step_test_result_resolved_type_0 import FlowStepTestResultResolvedType0
from ..models.flow_step_test_result_selected_type_0 import FlowStepTestResultSelectedType0
from ..models.flow_step_test_sample import FlowStepTestSample

_from_dict_FlowStepTestResultData = FlowStepTestResultData.from_dict


_from_dict_FlowStepTestResultResolvedType0 = FlowStepTestResultResolvedType0.from_dict


_from_dict_FlowStepTestResultSelectedType0 = FlowStepTestResultSelectedType0.from_dict


_from_dict_FlowStepTestSample = FlowStepTestSample.from_dict
