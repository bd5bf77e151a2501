from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="TableColumn")


@_attrs_define
class TableColumn:
    """A column of a table as returned by the API."""

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    data_type: str | Unset = UNSET
    """ Column data type, e.g. text, number, date, boolean, json or url. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if data_type is not UNSET:
            field_dict["data_type"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "TableColumn.uuid")
        elif uuid is None:
            uuid = unexpected_null("TableColumn.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "TableColumn.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("TableColumn.name")

        data_type = d.get("data_type", UNSET)
        if data_type is None:
            data_type = unexpected_null("TableColumn.data_type")

        table_column = new_instance(cls)
        table_column.uuid = uuid
        table_column.name = name
        table_column.data_type = data_type
        table_column.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TableColumn")
        )
        return table_column

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
        "data_type",
    )
)
