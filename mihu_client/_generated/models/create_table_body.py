from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.table_column_input import TableColumnInput


T = TypeVar("T", bound="CreateTableBody")


@_attrs_define
class CreateTableBody:
    name: str
    """ Table name shown to users and referenced by agents. """
    columns: list[TableColumnInput]
    """ Column schema; every column needs a name and a data_type. """
    description: str | Unset | None = UNSET
    """ What the table stores and how the agent should use it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict() if hasattr(columns_item_data, "to_dict") else columns_item_data
            columns.append(columns_item)

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "columns": columns,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("CreateTableBody.name")
        if name is None:
            name = unexpected_null("CreateTableBody.name")

        columns = d.get("columns", UNSET)
        if columns.__class__ is list:
            columns = [
                _from_dict_TableColumnInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "CreateTableBody.columns", False)
                for _i0 in columns
            ]
        elif columns is UNSET:
            columns = missing("CreateTableBody.columns")
        elif columns is None:
            columns = unexpected_null("CreateTableBody.columns")
        elif columns is not UNSET and columns is not None:
            columns = mismatch(columns, "CreateTableBody.columns")

        description = d.get("description", UNSET)

        create_table_body = new_instance(cls)
        create_table_body.name = name
        create_table_body.columns = columns
        create_table_body.description = description
        create_table_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateTableBody")
        )
        return create_table_body

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
        "name",
        "columns",
        "description",
    )
)

from ..models.table_column_input import TableColumnInput

_from_dict_TableColumnInput = TableColumnInput.from_dict
