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

T = TypeVar("T", bound="TranscriptionSession")


@_attrs_define
class TranscriptionSession:
    id: UUID | Unset = UNSET
    type_: str | Unset = UNSET
    """ Session type, e.g. voice. """
    status: str | Unset = UNSET
    """ Session status, e.g. completed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            v_id = str(self.id) if isinstance(self.id, UUID) else self.id

        v_type_ = self.type_

        v_status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_status is not UNSET:
            field_dict["status"] = v_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id.__class__ is str:
            v_id = parse_uuid(v_id, "TranscriptionSession.id")
        elif v_id is None:
            v_id = unexpected_null("TranscriptionSession.id")
        elif v_id is not UNSET and v_id is not None:
            v_id = mismatch(v_id, "TranscriptionSession.id")

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("TranscriptionSession.type")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("TranscriptionSession.status")

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.type_ = v_type_
        _instance.status = v_status
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionSession")
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
        "id",
        "type",
        "status",
    )
)
