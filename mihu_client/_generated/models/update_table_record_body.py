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
    from ..models.update_table_record_body_record import UpdateTableRecordBodyRecord


T = TypeVar("T", bound="UpdateTableRecordBody")


@_attrs_define
class UpdateTableRecordBody:
    record: UpdateTableRecordBodyRecord
    """ Column name -> new value map, e.g. {"Price": "2499"}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_record = self.record.to_dict() if isinstance(self.record, UpdateTableRecordBodyRecord) else self.record

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
            v_record = _from_dict_UpdateTableRecordBodyRecord(v_record)
        elif v_record is UNSET:
            v_record = missing("UpdateTableRecordBody.record")
        elif v_record is None:
            v_record = unexpected_null("UpdateTableRecordBody.record")
        elif v_record is not UNSET and v_record is not None:
            v_record = mismatch(v_record, "UpdateTableRecordBody.record")

        _instance = new_instance(cls)
        _instance.record = v_record
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "UpdateTableRecordBody")
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

from ..models.update_table_record_body_record import UpdateTableRecordBodyRecord

_from_dict_UpdateTableRecordBodyRecord = UpdateTableRecordBodyRecord.from_dict
