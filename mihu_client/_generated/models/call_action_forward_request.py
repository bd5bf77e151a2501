from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    missing,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="CallActionForwardRequest")


@_attrs_define
class CallActionForwardRequest:
    phone_number: str
    """ E.164 destination number. Property name inferred, see evidence. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("CallActionForwardRequest.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("CallActionForwardRequest.phone_number")

        _instance = new_instance(cls)
        _instance.phone_number = v_phone_number
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallActionForwardRequest")
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


_FIELD_NAMES: frozenset[str] = frozenset(("phone_number",))
