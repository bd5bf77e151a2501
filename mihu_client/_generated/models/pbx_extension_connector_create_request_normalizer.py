from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unknown_fields,
)

T = TypeVar("T", bound="PbxExtensionConnectorCreateRequestNormalizer")


@_attrs_define
class PbxExtensionConnectorCreateRequestNormalizer:
    """Dial-string normalisation rules."""

    default_prefix: str | Unset | None = UNSET
    condition_length: str | Unset | None = UNSET
    condition_prefix: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_default_prefix: str | Unset | None
        if isinstance(self.default_prefix, Unset):
            v_default_prefix = UNSET
        else:
            v_default_prefix = self.default_prefix

        v_condition_length: str | Unset | None
        if isinstance(self.condition_length, Unset):
            v_condition_length = UNSET
        else:
            v_condition_length = self.condition_length

        v_condition_prefix: str | Unset | None
        if isinstance(self.condition_prefix, Unset):
            v_condition_prefix = UNSET
        else:
            v_condition_prefix = self.condition_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_default_prefix is not UNSET:
            field_dict["default_prefix"] = v_default_prefix
        if v_condition_length is not UNSET:
            field_dict["condition_length"] = v_condition_length
        if v_condition_prefix is not UNSET:
            field_dict["condition_prefix"] = v_condition_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_default_prefix = d.get("default_prefix", UNSET)

        v_condition_length = d.get("condition_length", UNSET)

        v_condition_prefix = d.get("condition_prefix", UNSET)

        _instance = new_instance(cls)
        _instance.default_prefix = v_default_prefix
        _instance.condition_length = v_condition_length
        _instance.condition_prefix = v_condition_prefix
        _instance.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorCreateRequestNormalizer")
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
        "default_prefix",
        "condition_length",
        "condition_prefix",
    )
)
