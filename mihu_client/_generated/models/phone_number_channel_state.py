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

T = TypeVar("T", bound="PhoneNumberChannelState")


@_attrs_define
class PhoneNumberChannelState:
    """Capability, enabled state and agent binding of one channel."""

    capable: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    channel_limit: int | Unset = UNSET
    whitelisted_destinations: list[str] | Unset = UNSET
    bound: bool | Unset = UNSET
    agent_uuid: str | Unset | None = UNSET
    agent_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capable = self.capable

        enabled = self.enabled

        channel_limit = self.channel_limit

        whitelisted_destinations: list[str] | Unset = UNSET
        if not isinstance(self.whitelisted_destinations, Unset):
            whitelisted_destinations = self.whitelisted_destinations

        bound = self.bound

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = self.agent_uuid

        agent_name: str | Unset | None
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capable is not UNSET:
            field_dict["capable"] = capable
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if channel_limit is not UNSET:
            field_dict["channel_limit"] = channel_limit
        if whitelisted_destinations is not UNSET:
            field_dict["whitelisted_destinations"] = whitelisted_destinations
        if bound is not UNSET:
            field_dict["bound"] = bound
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        capable = d.get("capable", UNSET)
        if capable is None:
            capable = unexpected_null("PhoneNumberChannelState.capable")

        enabled = d.get("enabled", UNSET)
        if enabled is None:
            enabled = unexpected_null("PhoneNumberChannelState.enabled")

        channel_limit = d.get("channel_limit", UNSET)
        if channel_limit is None:
            channel_limit = unexpected_null("PhoneNumberChannelState.channel_limit")

        whitelisted_destinations = d.get("whitelisted_destinations", UNSET)
        if whitelisted_destinations is None:
            whitelisted_destinations = unexpected_null("PhoneNumberChannelState.whitelisted_destinations")

        bound = d.get("bound", UNSET)
        if bound is None:
            bound = unexpected_null("PhoneNumberChannelState.bound")

        agent_uuid = d.get("agent_uuid", UNSET)

        agent_name = d.get("agent_name", UNSET)

        phone_number_channel_state = new_instance(cls)
        phone_number_channel_state.capable = capable
        phone_number_channel_state.enabled = enabled
        phone_number_channel_state.channel_limit = channel_limit
        phone_number_channel_state.whitelisted_destinations = whitelisted_destinations
        phone_number_channel_state.bound = bound
        phone_number_channel_state.agent_uuid = agent_uuid
        phone_number_channel_state.agent_name = agent_name
        phone_number_channel_state.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberChannelState")
        )
        return phone_number_channel_state

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
        "capable",
        "enabled",
        "channel_limit",
        "whitelisted_destinations",
        "bound",
        "agent_uuid",
        "agent_name",
    )
)
