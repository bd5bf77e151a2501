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
        v_name = self.name

        v_phone_number = self.phone_number

        v_gateway = self.gateway

        v_username = self.username

        v_password = self.password

        v_secondary_gateway: str | Unset | None
        if isinstance(self.secondary_gateway, Unset):
            v_secondary_gateway = UNSET
        else:
            v_secondary_gateway = self.secondary_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if not isinstance(v_phone_number, Unset):
            field_dict["phone_number"] = v_phone_number
        if not isinstance(v_gateway, Unset):
            field_dict["gateway"] = v_gateway
        if not isinstance(v_username, Unset):
            field_dict["username"] = v_username
        if not isinstance(v_password, Unset):
            field_dict["password"] = v_password
        if v_secondary_gateway is not UNSET:
            field_dict["secondary_gateway"] = v_secondary_gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("SipTrunkConnectionCreateRequest.name")
        if v_name is None:
            v_name = unexpected_null("SipTrunkConnectionCreateRequest.name")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is UNSET:
            v_phone_number = missing("SipTrunkConnectionCreateRequest.phone_number")
        if v_phone_number is None:
            v_phone_number = unexpected_null("SipTrunkConnectionCreateRequest.phone_number")

        v_gateway = d.get("gateway", UNSET)
        if v_gateway is UNSET:
            v_gateway = missing("SipTrunkConnectionCreateRequest.gateway")
        if v_gateway is None:
            v_gateway = unexpected_null("SipTrunkConnectionCreateRequest.gateway")

        v_username = d.get("username", UNSET)
        if v_username is UNSET:
            v_username = missing("SipTrunkConnectionCreateRequest.username")
        if v_username is None:
            v_username = unexpected_null("SipTrunkConnectionCreateRequest.username")

        v_password = d.get("password", UNSET)
        if v_password is UNSET:
            v_password = missing("SipTrunkConnectionCreateRequest.password")
        if v_password is None:
            v_password = unexpected_null("SipTrunkConnectionCreateRequest.password")

        v_secondary_gateway = d.get("secondary_gateway", UNSET)

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.phone_number = v_phone_number
        _instance.gateway = v_gateway
        _instance.username = v_username
        _instance.password = v_password
        _instance.secondary_gateway = v_secondary_gateway
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "SipTrunkConnectionCreateRequest")
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
        "name",
        "phone_number",
        "gateway",
        "username",
        "password",
        "secondary_gateway",
    )
)
