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

T = TypeVar("T", bound="CallParticipant")


@_attrs_define
class CallParticipant:
    number: str
    """ Phone number to dial (E.164). """
    about: str | Unset = UNSET
    """ Background about the person being called. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_number = self.number

        v_about = self.about

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_number, Unset):
            field_dict["number"] = v_number
        if v_about is not UNSET:
            field_dict["about"] = v_about

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_number = d.get("number", UNSET)
        if v_number is UNSET:
            v_number = missing("CallParticipant.number")
        if v_number is None:
            v_number = unexpected_null("CallParticipant.number")

        v_about = d.get("about", UNSET)
        if v_about is None:
            v_about = unexpected_null("CallParticipant.about")

        _instance = new_instance(cls)
        _instance.number = v_number
        _instance.about = v_about
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallParticipant")
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
        "number",
        "about",
    )
)
