from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    mismatch,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.create_table_record_body_record import CreateTableRecordBodyRecord


T = TypeVar("T", bound="CreateTableRecordBody")


@_attrs_define
class CreateTableRecordBody:
    record: CreateTableRecordBodyRecord
    """ Column name -> value map, e.g. {"Location": "New York", "Price": "1999"}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record = self.record.to_dict() if hasattr(self.record, "to_dict") else self.record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        record = d.get("record", UNSET)
        if record.__class__ is dict:
            record = _from_dict_CreateTableRecordBodyRecord(record)
        elif record is UNSET:
            record = missing("CreateTableRecordBody.record")
        elif record is None:
            record = unexpected_null("CreateTableRecordBody.record")
        elif record is not UNSET and record is not None:
            record = mismatch(record, "CreateTableRecordBody.record")

        create_table_record_body = new_instance(cls)
        create_table_record_body.record = record
        create_table_record_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateTableRecordBody")
        )
        return create_table_record_body

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


_FIELD_NAMES = frozenset(("record",))

from ..models.create_table_record_body_record import CreateTableRecordBodyRecord

_from_dict_CreateTableRecordBodyRecord = CreateTableRecordBodyRecord.from_dict
