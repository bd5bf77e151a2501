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

T = TypeVar("T", bound="PhoneNumberTrunkSip")


@_attrs_define
class PhoneNumberTrunkSip:
    """SIP credentials for a call-channel trunk; stored encrypted, never returned."""

    gateway: str | Unset = UNSET
    port: int | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    secondary_gateway: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_gateway = self.gateway

        v_port = self.port

        v_username = self.username

        v_password = self.password

        v_secondary_gateway: str | Unset | None
        if isinstance(self.secondary_gateway, Unset):
            v_secondary_gateway = UNSET
        else:
            v_secondary_gateway = self.secondary_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_gateway is not UNSET:
            field_dict["gateway"] = v_gateway
        if v_port is not UNSET:
            field_dict["port"] = v_port
        if v_username is not UNSET:
            field_dict["username"] = v_username
        if v_password is not UNSET:
            field_dict["password"] = v_password
        if v_secondary_gateway is not UNSET:
            field_dict["secondary_gateway"] = v_secondary_gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_gateway = d.get("gateway", UNSET)
        if v_gateway is None:
            v_gateway = unexpected_null("PhoneNumberTrunkSip.gateway")

        v_port = d.get("port", UNSET)
        if v_port is None:
            v_port = unexpected_null("PhoneNumberTrunkSip.port")

        v_username = d.get("username", UNSET)
        if v_username is None:
            v_username = unexpected_null("PhoneNumberTrunkSip.username")

        v_password = d.get("password", UNSET)
        if v_password is None:
            v_password = unexpected_null("PhoneNumberTrunkSip.password")

        v_secondary_gateway = d.get("secondary_gateway", UNSET)

        _instance = new_instance(cls)
        _instance.gateway = v_gateway
        _instance.port = v_port
        _instance.username = v_username
        _instance.password = v_password
        _instance.secondary_gateway = v_secondary_gateway
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkSip")
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
        "gateway",
        "port",
        "username",
        "password",
        "secondary_gateway",
    )
)
