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

T = TypeVar("T", bound="SipTrunkConnectionCreateRequest")


@_attrs_define
class SipTrunkConnectionCreateRequest:
    name: str
    """ Free-form label. """
    phone_number: str
    """ Number the trunk routes; stored as given. """
    gateway: str
    """ Primary SIP host or IP (no scheme). """
    username: str
    """ SIP auth user (write-only). """
    password: str
    """ SIP auth password (write-only). """
    secondary_gateway: str | Unset | None = UNSET
    """ Optional fallback SIP host. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_number = self.phone_number

        gateway = self.gateway

        username = self.username

        password = self.password

        secondary_gateway: str | Unset | None
        if isinstance(self.secondary_gateway, Unset):
            secondary_gateway = UNSET
        else:
            secondary_gateway = self.secondary_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone_number": phone_number,
                "gateway": gateway,
                "username": username,
                "password": password,
            }
        )
        if secondary_gateway is not UNSET:
            field_dict["secondary_gateway"] = secondary_gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("SipTrunkConnectionCreateRequest.name")
        if name is None:
            name = unexpected_null("SipTrunkConnectionCreateRequest.name")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is UNSET:
            phone_number = missing("SipTrunkConnectionCreateRequest.phone_number")
        if phone_number is None:
            phone_number = unexpected_null("SipTrunkConnectionCreateRequest.phone_number")

        gateway = d.get("gateway", UNSET)
        if gateway is UNSET:
            gateway = missing("SipTrunkConnectionCreateRequest.gateway")
        if gateway is None:
            gateway = unexpected_null("SipTrunkConnectionCreateRequest.gateway")

        username = d.get("username", UNSET)
        if username is UNSET:
            username = missing("SipTrunkConnectionCreateRequest.username")
        if username is None:
            username = unexpected_null("SipTrunkConnectionCreateRequest.username")

        password = d.get("password", UNSET)
        if password is UNSET:
            password = missing("SipTrunkConnectionCreateRequest.password")
        if password is None:
            password = unexpected_null("SipTrunkConnectionCreateRequest.password")

        secondary_gateway = d.get("secondary_gateway", UNSET)

        sip_trunk_connection_create_request = new_instance(cls)
        sip_trunk_connection_create_request.name = name
        sip_trunk_connection_create_request.phone_number = phone_number
        sip_trunk_connection_create_request.gateway = gateway
        sip_trunk_connection_create_request.username = username
        sip_trunk_connection_create_request.password = password
        sip_trunk_connection_create_request.secondary_gateway = secondary_gateway
        sip_trunk_connection_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkConnectionCreateRequest")
        )
        return sip_trunk_connection_create_request

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
        "name",
        "phone_number",
        "gateway",
        "username",
        "password",
        "secondary_gateway",
    )
)
