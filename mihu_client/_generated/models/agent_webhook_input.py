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
        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = getattr(events_item_data, "value", events_item_data)
            events.append(events_item)

        secret_key: str | Unset | None
        if isinstance(self.secret_key, Unset):
            secret_key = UNSET
        else:
            secret_key = self.secret_key

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        url = d.get("url", UNSET)
        if url is UNSET:
            url = missing("AgentWebhookInput.url")
        if url is None:
            url = unexpected_null("AgentWebhookInput.url")

        events = d.get("events", UNSET)
        if events.__class__ is list:
            events = [
                _values_AgentWebhookEvent.get(_i0) or enum_value(AgentWebhookEvent, _i0, "AgentWebhookInput.events")
                if _i0.__class__ is str
                else odd_item(_i0, "AgentWebhookInput.events", False)
                for _i0 in events
            ]
        elif events is UNSET:
            events = missing("AgentWebhookInput.events")
        elif events is None:
            events = unexpected_null("AgentWebhookInput.events")
        elif events is not UNSET and events is not None:
            events = mismatch(events, "AgentWebhookInput.events")

        secret_key = d.get("secret_key", UNSET)

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("AgentWebhookInput.is_active")

        agent_webhook_input = new_instance(cls)
        agent_webhook_input.url = url
        agent_webhook_input.events = events
        agent_webhook_input.secret_key = secret_key
        agent_webhook_input.is_active = is_active
        agent_webhook_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentWebhookInput")
        )
        return agent_webhook_input

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


_FIELD_NAMES = frozenset(
    (
        "url",
        "events",
        "secret_key",
        "is_active",
    )
)
