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
        registrar_server: str | Unset | None
        if isinstance(self.registrar_server, Unset):
            registrar_server = UNSET
        else:
            registrar_server = self.registrar_server

        port: int | Unset | None
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        username_extension: str | Unset | None
        if isinstance(self.username_extension, Unset):
            username_extension = UNSET
        else:
            username_extension = self.username_extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registrar_server is not UNSET:
            field_dict["registrar_server"] = registrar_server
        if port is not UNSET:
            field_dict["port"] = port
        if username_extension is not UNSET:
            field_dict["username_extension"] = username_extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        registrar_server = d.get("registrar_server", UNSET)

        port = d.get("port", UNSET)

        username_extension = d.get("username_extension", UNSET)

        pbx_extension_connector_item_pbx = new_instance(cls)
        pbx_extension_connector_item_pbx.registrar_server = registrar_server
        pbx_extension_connector_item_pbx.port = port
        pbx_extension_connector_item_pbx.username_extension = username_extension
        pbx_extension_connector_item_pbx.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PbxExtensionConnectorItemPbx")
        )
        return pbx_extension_connector_item_pbx

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
        "registrar_server",
        "port",
        "username_extension",
    )
)
