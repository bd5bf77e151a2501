from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.table_column import TableColumn


T = TypeVar("T", bound="Table")


@_attrs_define
class Table:
    """A user-defined dataset (table) that agents can use as a knowledge base or real-time lookup."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    type_: str | Unset = UNSET
    """ Table kind; tables created empty with a column schema report custom_table. """
    columns: list[TableColumn] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_name = self.name

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_type_ = self.type_

        v_columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            if isinstance(self.columns, list):
                v_columns = []
                for v_columns_item_data in self.columns:
                    v_columns_item = (
                        v_columns_item_data.to_dict()
                        if isinstance(v_columns_item_data, TableColumn)
                        else v_columns_item_data
                    )
                    v_columns.append(v_columns_item)
            else:
                v_columns = self.columns

        v_created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        v_updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_columns is not UNSET:
            field_dict["columns"] = v_columns
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Table.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Table.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Table.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("Table.name")

        v_description = d.get("description", UNSET)

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("Table.type")

        v_columns = d.get("columns", UNSET)
        if v_columns.__class__ is list:
            v_columns = [
                _from_dict_TableColumn(_i0) if _i0.__class__ is dict else odd_item(_i0, "Table.columns", False)
                for _i0 in v_columns
            ]
        elif v_columns is None:
            v_columns = unexpected_null("Table.columns")
        elif v_columns is not UNSET and v_columns is not None:
            v_columns = mismatch(v_columns, "Table.columns")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Table.created_at")
        elif v_created_at is None:
            v_created_at = unexpected_null("Table.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Table.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Table.updated_at")
        elif v_updated_at is None:
            v_updated_at = unexpected_null("Table.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Table.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.name = v_name
        _instance.description = v_description
        _instance.type_ = v_type_
        _instance.columns = v_columns
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Table")
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
        "uuid",
        "name",
        "description",
        "type",
        "columns",
        "created_at",
        "updated_at",
    )
)

from ..models.table_column import TableColumn

_from_dict_TableColumn = TableColumn.from_dict
