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

T = TypeVar("T", bound="PhoneNumberRequirementValue")


@_attrs_define
class PhoneNumberRequirementValue:
    """Answer to one compliance requirement: a text value or an uploaded document id."""

    key: str | Unset = UNSET
    requirement_id: UUID | Unset = UNSET
    value: str | Unset | None = UNSET
    document_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_key = self.key

        v_requirement_id: str | Unset = UNSET
        if not isinstance(self.requirement_id, Unset):
            v_requirement_id = (
                str(self.requirement_id) if isinstance(self.requirement_id, UUID) else self.requirement_id
            )

        v_value: str | Unset | None
        if isinstance(self.value, Unset):
            v_value = UNSET
        else:
            v_value = self.value

        v_document_id: str | Unset | None
        if isinstance(self.document_id, Unset):
            v_document_id = UNSET
        else:
            v_document_id = self.document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_key is not UNSET:
            field_dict["key"] = v_key
        if v_requirement_id is not UNSET:
            field_dict["requirement_id"] = v_requirement_id
        if v_value is not UNSET:
            field_dict["value"] = v_value
        if v_document_id is not UNSET:
            field_dict["document_id"] = v_document_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_key = d.get("key", UNSET)
        if v_key is None:
            v_key = unexpected_null("PhoneNumberRequirementValue.key")

        v_requirement_id = d.get("requirement_id", UNSET)
        if v_requirement_id.__class__ is str:
            v_requirement_id = parse_uuid(v_requirement_id, "PhoneNumberRequirementValue.requirement_id")
        elif v_requirement_id is None:
            v_requirement_id = unexpected_null("PhoneNumberRequirementValue.requirement_id")
        elif v_requirement_id is not UNSET and v_requirement_id is not None:
            v_requirement_id = mismatch(v_requirement_id, "PhoneNumberRequirementValue.requirement_id")

        v_value = d.get("value", UNSET)

        v_document_id = d.get("document_id", UNSET)

        _instance = new_instance(cls)
        _instance.key = v_key
        _instance.requirement_id = v_requirement_id
        _instance.value = v_value
        _instance.document_id = v_document_id
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberRequirementValue")
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
        "key",
        "requirement_id",
        "value",
        "document_id",
    )
)
