from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_column_input_data_type import TableColumnInputDataType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="TableColumnInput")


@_attrs_define
class TableColumnInput:
    """Column definition sent when creating a table."""

    name: str
    """ Column name. """
    data_type: TableColumnInputDataType
    """ Column data type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_data_type = getattr(self.data_type, "value", self.data_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_data_type, Unset):
            field_dict["data_type"] = v_data_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("TableColumnInput.name")
        if v_name is None:
            v_name = unexpected_null("TableColumnInput.name")

        v_data_type = d.get("data_type", UNSET)
        if v_data_type.__class__ is str:
            v_data_type = _values_TableColumnInputDataType.get(v_data_type) or enum_value(
                TableColumnInputDataType, v_data_type, "TableColumnInput.data_type"
            )
        elif v_data_type is UNSET:
            v_data_type = missing("TableColumnInput.data_type")
        elif v_data_type is None:
            v_data_type = unexpected_null("TableColumnInput.data_type")
        elif v_data_type is not UNSET and v_data_type is not None:
            v_data_type = mismatch(v_data_type, "TableColumnInput.data_type")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.data_type = v_data_type
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TableColumnInput")
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


_values_TableColumnInputDataType = TableColumnInputDataType._value2member_map_

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "data_type",
    )
)
