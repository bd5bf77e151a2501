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

T = TypeVar("T", bound="AgentIntentWebhook")


@_attrs_define
class AgentIntentWebhook:
    url: str | Unset = UNSET
    auth_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_url = self.url

        v_auth_token = self.auth_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_url is not UNSET:
            field_dict["url"] = v_url
        if v_auth_token is not UNSET:
            field_dict["auth_token"] = v_auth_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_url = d.get("url", UNSET)
        if v_url is None:
            v_url = unexpected_null("AgentIntentWebhook.url")

        v_auth_token = d.get("auth_token", UNSET)
        if v_auth_token is None:
            v_auth_token = unexpected_null("AgentIntentWebhook.auth_token")

        _instance = new_instance(cls)
        _instance.url = v_url
        _instance.auth_token = v_auth_token
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntentWebhook")
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
        "url",
        "auth_token",
    )
)
