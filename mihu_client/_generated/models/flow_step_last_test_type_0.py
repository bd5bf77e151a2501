from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.flow_step_last_test_type_0_data import FlowStepLastTestType0Data


T = TypeVar("T", bound="FlowStepLastTestType0")


@_attrs_define
class FlowStepLastTestType0:
    """Result persisted by the last step test."""

    data: FlowStepLastTestType0Data | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            v_data = self.data.to_dict() if isinstance(self.data, FlowStepLastTestType0Data) else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_data is not UNSET:
            field_dict["data"] = v_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_data = d.get("data", UNSET)
        if v_data.__class__ is dict:
            v_data = _from_dict_FlowStepLastTestType0Data(v_data)
        elif v_data is None:
            v_data = unexpected_null("FlowStepLastTestType0.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "FlowStepLastTestType0.data")

        _instance = new_instance(cls)
        _instance.data = v_data
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStepLastTestType0")
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


_FIELD_NAMES: frozenset[str] = frozenset(("data",))

from ..models.flow_step_last_test_type_0_data import FlowStepLastTestType0Data

_from_dict_FlowStepLastTestType0Data = FlowStepLastTestType0Data.from_dict
