from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_column_input_data_type import TableColumnInputDataType
from ..types import (
    UNSET,
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
        name = self.name

        data_type = getattr(self.data_type, "value", self.data_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "data_type": data_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("TableColumnInput.name")
        if name is None:
            name = unexpected_null("TableColumnInput.name")

        data_type = d.get("data_type", UNSET)
        if data_type.__class__ is str:
            data_type = _values_TableColumnInputDataType.get(data_type) or enum_value(
                TableColumnInputDataType, data_type, "TableColumnInput.data_type"
            )
        elif data_type is UNSET:
            data_type = missing("TableColumnInput.data_type")
        elif data_type is None:
            data_type = unexpected_null("TableColumnInput.data_type")
        elif data_type is not UNSET and data_type is not None:
            data_type = mismatch(data_type, "TableColumnInput.data_type")

        table_column_input = new_instance(cls)
        table_column_input.name = name
        table_column_input.data_type = data_type
        table_column_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TableColumnInput")
        )
        return table_column_input

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

_FIELD_NAMES = frozenset(
    (
        "name",
        "data_type",
    )
)
