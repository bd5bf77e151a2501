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
        v_kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            v_kind = getattr(self.kind, "value", self.kind)

        v_dry_run: bool | Unset | None
        if isinstance(self.dry_run, Unset):
            v_dry_run = UNSET
        else:
            v_dry_run = self.dry_run

        v_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            v_data = self.data.to_dict() if isinstance(self.data, FlowStepTestResultData) else self.data

        v_duration_ms: int | Unset | None
        if isinstance(self.duration_ms, Unset):
            v_duration_ms = UNSET
        else:
            v_duration_ms = self.duration_ms

        v_resolved: dict[str, Any] | Unset | None
        if isinstance(self.resolved, Unset):
            v_resolved = UNSET
        elif isinstance(self.resolved, FlowStepTestResultResolvedType0):
            v_resolved = (
                self.resolved.to_dict() if isinstance(self.resolved, FlowStepTestResultResolvedType0) else self.resolved
            )
        else:
            v_resolved = self.resolved

        v_selected: dict[str, Any] | Unset | None
        if isinstance(self.selected, Unset):
            v_selected = UNSET
        elif isinstance(self.selected, FlowStepTestResultSelectedType0):
            v_selected = (
                self.selected.to_dict() if isinstance(self.selected, FlowStepTestResultSelectedType0) else self.selected
            )
        else:
            v_selected = self.selected

        v_samples: list[dict[str, Any]] | Unset | None
        if isinstance(self.samples, Unset):
            v_samples = UNSET
        elif isinstance(self.samples, list):
            if isinstance(self.samples, list):
                v_samples = []
                for v_samples_type_0_item_data in self.samples:
                    v_samples_type_0_item = (
                        v_samples_type_0_item_data.to_dict()
                        if isinstance(v_samples_type_0_item_data, FlowStepTestSample)
                        else v_samples_type_0_item_data
                    )
                    v_samples.append(v_samples_type_0_item)
            else:
                v_samples = self.samples

        else:
            v_samples = self.samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_kind is not UNSET:
            field_dict["kind"] = v_kind
        if v_dry_run is not UNSET:
            field_dict["dry_run"] = v_dry_run
        if v_data is not UNSET:
            field_dict["data"] = v_data
        if v_duration_ms is not UNSET:
            field_dict["duration_ms"] = v_duration_ms
        if v_resolved is not UNSET:
            field_dict["resolved"] = v_resolved
        if v_selected is not UNSET:
            field_dict["selected"] = v_selected
        if v_samples is not UNSET:
            field_dict["samples"] = v_samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_kind = d.get("kind", UNSET)
        if v_kind.__class__ is str:
            v_kind = _values_FlowStepTestResultKind.get(v_kind) or enum_value(
                FlowStepTestResultKind, v_kind, "FlowStepTestResult.kind"
            )
        elif v_kind is None:
            v_kind = unexpected_null("FlowStepTestResult.kind")
        elif v_kind is not UNSET and v_kind is not None:
            v_kind = mismatch(v_kind, "FlowStepTestResult.kind")

        v_dry_run = d.get("dry_run", UNSET)

        v_data = d.get("data", UNSET)
        if v_data.__class__ is dict:
            v_data = _from_dict_FlowStepTestResultData(v_data)
        elif v_data is None:
            v_data = unexpected_null("FlowStepTestResult.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "FlowStepTestResult.data")

        v_duration_ms = d.get("duration_ms", UNSET)

        v_resolved = d.get("resolved", UNSET)
        if v_resolved.__class__ is dict:
            v_resolved = _from_dict_FlowStepTestResultResolvedType0(v_resolved)
        elif v_resolved is not UNSET and v_resolved is not None:
            v_resolved = mismatch(v_resolved, "FlowStepTestResult.resolved")

        v_selected = d.get("selected", UNSET)
        if v_selected.__class__ is dict:
            v_selected = _from_dict_FlowStepTestResultSelectedType0(v_selected)
        elif v_selected is not UNSET and v_selected is not None:
            v_selected = mismatch(v_selected, "FlowStepTestResult.selected")

        v_samples = d.get("samples", UNSET)
        if v_samples.__class__ is list:
            v_samples = [
                _from_dict_FlowStepTestSample(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "FlowStepTestResult.samples", False)
                for _i0 in v_samples
            ]
        elif v_samples is not UNSET and v_samples is not None:
            v_samples = mismatch(v_samples, "FlowStepTestResult.samples")

        _instance = new_instance(cls)
        _instance.kind = v_kind
        _instance.dry_run = v_dry_run
        _instance.data = v_data
        _instance.duration_ms = v_duration_ms
        _instance.resolved = v_resolved
        _instance.selected = v_selected
        _instance.samples = v_samples
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepTestResult")
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


_values_FlowStepTestResultKind = FlowStepTestResultKind._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
