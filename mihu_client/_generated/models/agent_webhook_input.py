from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_webhook_event import AgentWebhookEvent
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AgentWebhookInput")


@_attrs_define
class AgentWebhookInput:
    url: str
    events: list[AgentWebhookEvent]
    secret_key: str | Unset | None = UNSET
    """ Payload-signing secret; write-only. """
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_url = self.url

        if isinstance(self.events, list):
            v_events = []
            for v_events_item_data in self.events:
                v_events_item = getattr(v_events_item_data, "value", v_events_item_data)
                v_events.append(v_events_item)
        else:
            v_events = self.events

        v_secret_key: str | Unset | None
        if isinstance(self.secret_key, Unset):
            v_secret_key = UNSET
        else:
            v_secret_key = self.secret_key

        v_is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_url, Unset):
            field_dict["url"] = v_url
        if not isinstance(v_events, Unset):
            field_dict["events"] = v_events
        if v_secret_key is not UNSET:
            field_dict["secret_key"] = v_secret_key
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_url = d.get("url", UNSET)
        if v_url is UNSET:
            v_url = missing("AgentWebhookInput.url")
        if v_url is None:
            v_url = unexpected_null("AgentWebhookInput.url")

        v_events = d.get("events", UNSET)
        if v_events.__class__ is list:
            v_events = [
                _values_AgentWebhookEvent.get(_i0) or enum_value(AgentWebhookEvent, _i0, "AgentWebhookInput.events")
                if _i0.__class__ is str
                else odd_item(_i0, "AgentWebhookInput.events", False)
                for _i0 in v_events
            ]
        elif v_events is UNSET:
            v_events = missing("AgentWebhookInput.events")
        elif v_events is None:
            v_events = unexpected_null("AgentWebhookInput.events")
        elif v_events is not UNSET and v_events is not None:
            v_events = mismatch(v_events, "AgentWebhookInput.events")

        v_secret_key = d.get("secret_key", UNSET)

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("AgentWebhookInput.is_active")

        _instance = new_instance(cls)
        _instance.url = v_url
        _instance.events = v_events
        _instance.secret_key = v_secret_key
        _instance.is_active = v_is_active
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentWebhookInput")
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


_values_AgentWebhookEvent = AgentWebhookEvent._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "url",
        "events",
        "secret_key",
        "is_active",
    )
)
