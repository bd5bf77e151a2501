from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_step_test_result_kind import FlowStepTestResultKind
from ..types import UNSET, Unset

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
        from ..models.flow_step_test_result_resolved_type_0 import FlowStepTestResultResolvedType0
        from ..models.flow_step_test_result_selected_type_0 import FlowStepTestResultSelectedType0

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        dry_run: bool | Unset | None
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        duration_ms: int | Unset | None
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        resolved: dict[str, Any] | Unset | None
        if isinstance(self.resolved, Unset):
            resolved = UNSET
        elif isinstance(self.resolved, FlowStepTestResultResolvedType0):
            resolved = self.resolved.to_dict()
        else:
            resolved = self.resolved

        selected: dict[str, Any] | Unset | None
        if isinstance(self.selected, Unset):
            selected = UNSET
        elif isinstance(self.selected, FlowStepTestResultSelectedType0):
            selected = self.selected.to_dict()
        else:
            selected = self.selected

        samples: list[dict[str, Any]] | Unset | None
        if isinstance(self.samples, Unset):
            samples = UNSET
        elif isinstance(self.samples, list):
            samples = []
            for samples_type_0_item_data in self.samples:
                samples_type_0_item = samples_type_0_item_data.to_dict()
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
        from ..models.flow_step_test_result_data import FlowStepTestResultData
        from ..models.flow_step_test_result_resolved_type_0 import FlowStepTestResultResolvedType0
        from ..models.flow_step_test_result_selected_type_0 import FlowStepTestResultSelectedType0
        from ..models.flow_step_test_sample import FlowStepTestSample

        d = dict(src_dict)
        _kind = d.pop("kind", UNSET)
        kind: FlowStepTestResultKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = FlowStepTestResultKind(_kind)

        def _parse_dry_run(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dry_run = _parse_dry_run(d.pop("dry_run", UNSET))

        _data = d.pop("data", UNSET)
        data: FlowStepTestResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = FlowStepTestResultData.from_dict(_data)

        def _parse_duration_ms(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_resolved(data: object) -> FlowStepTestResultResolvedType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_type_0 = FlowStepTestResultResolvedType0.from_dict(data)

                return resolved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepTestResultResolvedType0 | None | Unset, data)

        resolved = _parse_resolved(d.pop("resolved", UNSET))

        def _parse_selected(data: object) -> FlowStepTestResultSelectedType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                selected_type_0 = FlowStepTestResultSelectedType0.from_dict(data)

                return selected_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepTestResultSelectedType0 | None | Unset, data)

        selected = _parse_selected(d.pop("selected", UNSET))

        def _parse_samples(data: object) -> list[FlowStepTestSample] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                samples_type_0 = []
                _samples_type_0 = data
                for samples_type_0_item_data in _samples_type_0:
                    samples_type_0_item = FlowStepTestSample.from_dict(samples_type_0_item_data)

                    samples_type_0.append(samples_type_0_item)

                return samples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FlowStepTestSample] | None | Unset, data)

        samples = _parse_samples(d.pop("samples", UNSET))

        flow_step_test_result = cls(
            kind=kind,
            dry_run=dry_run,
            data=data,
            duration_ms=duration_ms,
            resolved=resolved,
            selected=selected,
            samples=samples,
        )

        flow_step_test_result.additional_properties = d
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
