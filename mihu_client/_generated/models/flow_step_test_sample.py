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
        v_sample_uuid = self.sample_uuid

        v_label = self.label

        v_timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            v_timestamp = (
                self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_sample_uuid is not UNSET:
            field_dict["sample_uuid"] = v_sample_uuid
        if v_label is not UNSET:
            field_dict["label"] = v_label
        if v_timestamp is not UNSET:
            field_dict["timestamp"] = v_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_sample_uuid = d.get("sample_uuid", UNSET)
        if v_sample_uuid is None:
            v_sample_uuid = unexpected_null("FlowStepTestSample.sample_uuid")

        v_label = d.get("label", UNSET)
        if v_label is None:
            v_label = unexpected_null("FlowStepTestSample.label")

        v_timestamp = d.get("timestamp", UNSET)
        if v_timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_timestamp = fromisoformat(v_timestamp)
            except ValueError:
                v_timestamp = parse_datetime(v_timestamp, "FlowStepTestSample.timestamp")
        elif v_timestamp is None:
            v_timestamp = unexpected_null("FlowStepTestSample.timestamp")
        elif v_timestamp is not UNSET and v_timestamp is not None:
            v_timestamp = mismatch(v_timestamp, "FlowStepTestSample.timestamp")

        _instance = new_instance(cls)
        _instance.sample_uuid = v_sample_uuid
        _instance.label = v_label
        _instance.timestamp = v_timestamp
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepTestSample")
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
        "sample_uuid",
        "label",
        "timestamp",
    )
)
