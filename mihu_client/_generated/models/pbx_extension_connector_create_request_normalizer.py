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
        default_prefix: str | Unset | None
        if isinstance(self.default_prefix, Unset):
            default_prefix = UNSET
        else:
            default_prefix = self.default_prefix

        condition_length: str | Unset | None
        if isinstance(self.condition_length, Unset):
            condition_length = UNSET
        else:
            condition_length = self.condition_length

        condition_prefix: str | Unset | None
        if isinstance(self.condition_prefix, Unset):
            condition_prefix = UNSET
        else:
            condition_prefix = self.condition_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_prefix is not UNSET:
            field_dict["default_prefix"] = default_prefix
        if condition_length is not UNSET:
            field_dict["condition_length"] = condition_length
        if condition_prefix is not UNSET:
            field_dict["condition_prefix"] = condition_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        default_prefix = d.get("default_prefix", UNSET)

        condition_length = d.get("condition_length", UNSET)

        condition_prefix = d.get("condition_prefix", UNSET)

        pbx_extension_connector_create_request_normalizer = new_instance(cls)
        pbx_extension_connector_create_request_normalizer.default_prefix = default_prefix
        pbx_extension_connector_create_request_normalizer.condition_length = condition_length
        pbx_extension_connector_create_request_normalizer.condition_prefix = condition_prefix
        pbx_extension_connector_create_request_normalizer.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorCreateRequestNormalizer")
        )
        return pbx_extension_connector_create_request_normalizer

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
        "default_prefix",
        "condition_length",
        "condition_prefix",
    )
)
