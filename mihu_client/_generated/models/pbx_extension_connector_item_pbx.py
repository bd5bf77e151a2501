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

T = TypeVar("T", bound="PbxExtensionConnectorItemPbx")


@_attrs_define
class PbxExtensionConnectorItemPbx:
    registrar_server: str | Unset | None = UNSET
    port: int | Unset | None = UNSET
    username_extension: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_registrar_server: str | Unset | None
        if isinstance(self.registrar_server, Unset):
            v_registrar_server = UNSET
        else:
            v_registrar_server = self.registrar_server

        v_port: int | Unset | None
        if isinstance(self.port, Unset):
            v_port = UNSET
        else:
            v_port = self.port

        v_username_extension: str | Unset | None
        if isinstance(self.username_extension, Unset):
            v_username_extension = UNSET
        else:
            v_username_extension = self.username_extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_registrar_server is not UNSET:
            field_dict["registrar_server"] = v_registrar_server
        if v_port is not UNSET:
            field_dict["port"] = v_port
        if v_username_extension is not UNSET:
            field_dict["username_extension"] = v_username_extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_registrar_server = d.get("registrar_server", UNSET)

        v_port = d.get("port", UNSET)

        v_username_extension = d.get("username_extension", UNSET)

        _instance = new_instance(cls)
        _instance.registrar_server = v_registrar_server
        _instance.port = v_port
        _instance.username_extension = v_username_extension
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorItemPbx")
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
        "registrar_server",
        "port",
        "username_extension",
    )
)
