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
    from ..models.update_table_record_body_record import UpdateTableRecordBodyRecord


T = TypeVar("T", bound="UpdateTableRecordBody")


@_attrs_define
class UpdateTableRecordBody:
    record: UpdateTableRecordBodyRecord
    """ Column name -> new value map, e.g. {"Price": "2499"}. """
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
            record = _from_dict_UpdateTableRecordBodyRecord(record)
        elif record is UNSET:
            record = missing("UpdateTableRecordBody.record")
        elif record is None:
            record = unexpected_null("UpdateTableRecordBody.record")
        elif record is not UNSET and record is not None:
            record = mismatch(record, "UpdateTableRecordBody.record")

        update_table_record_body = new_instance(cls)
        update_table_record_body.record = record
        update_table_record_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "UpdateTableRecordBody")
        )
        return update_table_record_body

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

from ..models.update_table_record_body_record import UpdateTableRecordBodyRecord

_from_dict_UpdateTableRecordBodyRecord = UpdateTableRecordBodyRecord.from_dict
