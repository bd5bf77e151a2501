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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_ = self.type_

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = (
                    columns_item_data.to_dict() if hasattr(columns_item_data, "to_dict") else columns_item_data
                )
                columns.append(columns_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if columns is not UNSET:
            field_dict["columns"] = columns
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Table.uuid")
        elif uuid is None:
            uuid = unexpected_null("Table.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Table.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Table.name")

        description = d.get("description", UNSET)

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("Table.type")

        columns = d.get("columns", UNSET)
        if columns.__class__ is list:
            columns = [
                _from_dict_TableColumn(_i0) if _i0.__class__ is dict else odd_item(_i0, "Table.columns", False)
                for _i0 in columns
            ]
        elif columns is None:
            columns = unexpected_null("Table.columns")
        elif columns is not UNSET and columns is not None:
            columns = mismatch(columns, "Table.columns")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Table.created_at")
        elif created_at is None:
            created_at = unexpected_null("Table.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Table.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Table.updated_at")
        elif updated_at is None:
            updated_at = unexpected_null("Table.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Table.updated_at")

        table = new_instance(cls)
        table.uuid = uuid
        table.name = name
        table.description = description
        table.type_ = type_
        table.columns = columns
        table.created_at = created_at
        table.updated_at = updated_at
        table.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Table")
        return table

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
