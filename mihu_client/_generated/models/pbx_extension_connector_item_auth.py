from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PbxExtensionConnectorItemAuth")


@_attrs_define
class PbxExtensionConnectorItemAuth:
    has_separate_credentials: bool | Unset = UNSET
    username: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_has_separate_credentials = self.has_separate_credentials

        v_username: str | Unset | None
        if isinstance(self.username, Unset):
            v_username = UNSET
        else:
            v_username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_has_separate_credentials is not UNSET:
            field_dict["has_separate_credentials"] = v_has_separate_credentials
        if v_username is not UNSET:
            field_dict["username"] = v_username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_has_separate_credentials = d.get("has_separate_credentials", UNSET)
        if v_has_separate_credentials is None:
            v_has_separate_credentials = unexpected_null("PbxExtensionConnectorItemAuth.has_separate_credentials")

        v_username = d.get("username", UNSET)

        _instance = new_instance(cls)
        _instance.has_separate_credentials = v_has_separate_credentials
        _instance.username = v_username
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorItemAuth")
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
        "has_separate_credentials",
        "username",
    )
)
