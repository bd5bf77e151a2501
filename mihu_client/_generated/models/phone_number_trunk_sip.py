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
        gateway = self.gateway

        port = self.port

        username = self.username

        password = self.password

        secondary_gateway: str | Unset | None
        if isinstance(self.secondary_gateway, Unset):
            secondary_gateway = UNSET
        else:
            secondary_gateway = self.secondary_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if secondary_gateway is not UNSET:
            field_dict["secondary_gateway"] = secondary_gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        gateway = d.get("gateway", UNSET)
        if gateway is None:
            gateway = unexpected_null("PhoneNumberTrunkSip.gateway")

        port = d.get("port", UNSET)
        if port is None:
            port = unexpected_null("PhoneNumberTrunkSip.port")

        username = d.get("username", UNSET)
        if username is None:
            username = unexpected_null("PhoneNumberTrunkSip.username")

        password = d.get("password", UNSET)
        if password is None:
            password = unexpected_null("PhoneNumberTrunkSip.password")

        secondary_gateway = d.get("secondary_gateway", UNSET)

        phone_number_trunk_sip = new_instance(cls)
        phone_number_trunk_sip.gateway = gateway
        phone_number_trunk_sip.port = port
        phone_number_trunk_sip.username = username
        phone_number_trunk_sip.password = password
        phone_number_trunk_sip.secondary_gateway = secondary_gateway
        phone_number_trunk_sip.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberTrunkSip")
        )
        return phone_number_trunk_sip

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
        "gateway",
        "port",
        "username",
        "password",
        "secondary_gateway",
    )
)
