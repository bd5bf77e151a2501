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
        v_name = self.name

        if isinstance(self.columns, list):
            v_columns = []
            for v_columns_item_data in self.columns:
                v_columns_item = (
                    v_columns_item_data.to_dict()
                    if isinstance(v_columns_item_data, TableColumnInput)
                    else v_columns_item_data
                )
                v_columns.append(v_columns_item)
        else:
            v_columns = self.columns

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_columns, Unset):
            field_dict["columns"] = v_columns
        if v_description is not UNSET:
            field_dict["description"] = v_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("CreateTableBody.name")
        if v_name is None:
            v_name = unexpected_null("CreateTableBody.name")

        v_columns = d.get("columns", UNSET)
        if v_columns.__class__ is list:
            v_columns = [
                _from_dict_TableColumnInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "CreateTableBody.columns", False)
                for _i0 in v_columns
            ]
        elif v_columns is UNSET:
            v_columns = missing("CreateTableBody.columns")
        elif v_columns is None:
            v_columns = unexpected_null("CreateTableBody.columns")
        elif v_columns is not UNSET and v_columns is not None:
            v_columns = mismatch(v_columns, "CreateTableBody.columns")

        v_description = d.get("description", UNSET)

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.columns = v_columns
        _instance.description = v_description
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateTableBody")
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
        "name",
        "columns",
        "description",
    )
)

from ..models.table_column_input import TableColumnInput

_from_dict_TableColumnInput = TableColumnInput.from_dict
