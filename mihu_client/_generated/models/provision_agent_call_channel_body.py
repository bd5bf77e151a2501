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

T = TypeVar("T", bound="ProvisionAgentCallChannelBody")


@_attrs_define
class ProvisionAgentCallChannelBody:
    phone_number_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_phone_number_uuid: str | Unset = UNSET
        if not isinstance(self.phone_number_uuid, Unset):
            v_phone_number_uuid = (
                str(self.phone_number_uuid) if isinstance(self.phone_number_uuid, UUID) else self.phone_number_uuid
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_phone_number_uuid is not UNSET:
            field_dict["phone_number_uuid"] = v_phone_number_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number_uuid = d.get("phone_number_uuid", UNSET)
        if v_phone_number_uuid.__class__ is str:
            v_phone_number_uuid = parse_uuid(v_phone_number_uuid, "ProvisionAgentCallChannelBody.phone_number_uuid")
        elif v_phone_number_uuid is None:
            v_phone_number_uuid = unexpected_null("ProvisionAgentCallChannelBody.phone_number_uuid")
        elif v_phone_number_uuid is not UNSET and v_phone_number_uuid is not None:
            v_phone_number_uuid = mismatch(v_phone_number_uuid, "ProvisionAgentCallChannelBody.phone_number_uuid")

        _instance = new_instance(cls)
        _instance.phone_number_uuid = v_phone_number_uuid
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ProvisionAgentCallChannelBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(("phone_number_uuid",))
