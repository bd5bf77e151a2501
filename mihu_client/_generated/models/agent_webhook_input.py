from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_webhook_event import AgentWebhookEvent
from ..types import UNSET, Unset, mismatch, missing, unexpected_null

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
        if events is UNSET:
            events = missing("AgentWebhookInput.events")
        elif events is None:
            events = unexpected_null("AgentWebhookInput.events")
        else:
            if events.__class__ is list:
                _list0 = []
                for _item0 in events:
                    if _item0 is None:
                        _value0 = unexpected_null("AgentWebhookInput.events")
                    else:
                        try:
                            _value0 = AgentWebhookEvent(_item0)
                        except ValueError:
                            _value0 = mismatch(_item0, "AgentWebhookInput.events")

                    _list0.append(_value0)
                events = _list0
            else:
                events = mismatch(events, "AgentWebhookInput.events")

        secret_key = d.get("secret_key", UNSET)

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("AgentWebhookInput.is_active")

        agent_webhook_input = cls(
            url=url,
            events=events,
            secret_key=secret_key,
            is_active=is_active,
        )
        if len(d) > 4 or not d.keys() <= _FIELD_NAMES:
            agent_webhook_input.additional_properties = {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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


_FIELD_NAMES = frozenset(
    (
        "url",
        "events",
        "secret_key",
        "is_active",
    )
)
