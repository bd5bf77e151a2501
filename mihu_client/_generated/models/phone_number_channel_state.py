from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        capable = d.pop("capable", UNSET)

        enabled = d.pop("enabled", UNSET)

        channel_limit = d.pop("channel_limit", UNSET)

        whitelisted_destinations = cast(list[str], d.pop("whitelisted_destinations", UNSET))

        bound = d.pop("bound", UNSET)

        def _parse_agent_uuid(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_uuid = _parse_agent_uuid(d.pop("agent_uuid", UNSET))

        def _parse_agent_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_name = _parse_agent_name(d.pop("agent_name", UNSET))

        phone_number_channel_state = cls(
            capable=capable,
            enabled=enabled,
            channel_limit=channel_limit,
            whitelisted_destinations=whitelisted_destinations,
            bound=bound,
            agent_uuid=agent_uuid,
            agent_name=agent_name,
        )

        phone_number_channel_state.additional_properties = d
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
