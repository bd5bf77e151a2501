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
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id) if isinstance(self.id, UUID) else self.id

        type_ = self.type_

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        id = d.get("id", UNSET)
        if id.__class__ is str:
            id = parse_uuid(id, "TranscriptionSession.id")
        elif id is None:
            id = unexpected_null("TranscriptionSession.id")
        elif id is not UNSET and id is not None:
            id = mismatch(id, "TranscriptionSession.id")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("TranscriptionSession.type")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("TranscriptionSession.status")

        transcription_session = new_instance(cls)
        transcription_session.id = id
        transcription_session.type_ = type_
        transcription_session.status = status
        transcription_session.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionSession")
        )
        return transcription_session

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
        "id",
        "type",
        "status",
    )
)
