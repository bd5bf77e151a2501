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
        v_record = self.record.to_dict() if isinstance(self.record, CreateTableRecordBodyRecord) else self.record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_record, Unset):
            field_dict["record"] = v_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_record = d.get("record", UNSET)
        if v_record.__class__ is dict:
            v_record = _from_dict_CreateTableRecordBodyRecord(v_record)
        elif v_record is UNSET:
            v_record = missing("CreateTableRecordBody.record")
        elif v_record is None:
            v_record = unexpected_null("CreateTableRecordBody.record")
        elif v_record is not UNSET and v_record is not None:
            v_record = mismatch(v_record, "CreateTableRecordBody.record")

        _instance = new_instance(cls)
        _instance.record = v_record
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateTableRecordBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(("record",))

from ..models.create_table_record_body_record import CreateTableRecordBodyRecord

_from_dict_CreateTableRecordBodyRecord = CreateTableRecordBodyRecord.from_dict
