from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="FlowStepTestSample")


@_attrs_define
class FlowStepTestSample:
    """A candidate trigger sample returned by a trigger-step test."""

    sample_uuid: str | Unset = UNSET
    label: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_uuid = self.sample_uuid

        label = self.label

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_uuid is not UNSET:
            field_dict["sample_uuid"] = sample_uuid
        if label is not UNSET:
            field_dict["label"] = label
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        sample_uuid = d.get("sample_uuid", UNSET)
        if sample_uuid is None:
            sample_uuid = unexpected_null("FlowStepTestSample.sample_uuid")

        label = d.get("label", UNSET)
        if label is None:
            label = unexpected_null("FlowStepTestSample.label")

        timestamp = d.get("timestamp", UNSET)
        if timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                timestamp = fromisoformat(timestamp)
            except ValueError:
                timestamp = parse_datetime(timestamp, "FlowStepTestSample.timestamp")
        elif timestamp is None:
            timestamp = unexpected_null("FlowStepTestSample.timestamp")
        elif timestamp is not UNSET and timestamp is not None:
            timestamp = mismatch(timestamp, "FlowStepTestSample.timestamp")

        flow_step_test_sample = new_instance(cls)
        flow_step_test_sample.sample_uuid = sample_uuid
        flow_step_test_sample.label = label
        flow_step_test_sample.timestamp = timestamp
        flow_step_test_sample.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepTestSample")
        )
        return flow_step_test_sample

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


_FIELD_NAMES = frozenset(
    (
        "sample_uuid",
        "label",
        "timestamp",
    )
)
