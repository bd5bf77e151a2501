from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_webhook_event import AgentWebhookEvent
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="AgentWebhook")


@_attrs_define
class AgentWebhook:
    """An outgoing webhook subscription of an agent. The signing secret is never returned; has_secret tells whether one is
    set.

    """

    webhook_uuid: UUID | Unset = UNSET
    url: str | Unset = UNSET
    events: list[AgentWebhookEvent] | Unset = UNSET
    is_active: bool | Unset = UNSET
    has_secret: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_uuid: str | Unset = UNSET
        if not isinstance(self.webhook_uuid, Unset):
            webhook_uuid = str(self.webhook_uuid) if isinstance(self.webhook_uuid, UUID) else self.webhook_uuid

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = getattr(events_item_data, "value", events_item_data)
                events.append(events_item)

        is_active = self.is_active

        has_secret = self.has_secret

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_uuid is not UNSET:
            field_dict["webhook_uuid"] = webhook_uuid
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if has_secret is not UNSET:
            field_dict["has_secret"] = has_secret
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        webhook_uuid = d.get("webhook_uuid", UNSET)
        if webhook_uuid.__class__ is str:
            webhook_uuid = parse_uuid(webhook_uuid, "AgentWebhook.webhook_uuid")
        elif webhook_uuid is None:
            webhook_uuid = unexpected_null("AgentWebhook.webhook_uuid")
        elif webhook_uuid is not UNSET and webhook_uuid is not None:
            webhook_uuid = mismatch(webhook_uuid, "AgentWebhook.webhook_uuid")

        url = d.get("url", UNSET)
        if url is None:
            url = unexpected_null("AgentWebhook.url")

        events = d.get("events", UNSET)
        if events.__class__ is list:
            events = [
                _values_AgentWebhookEvent.get(_i0) or enum_value(AgentWebhookEvent, _i0, "AgentWebhook.events")
                if _i0.__class__ is str
                else odd_item(_i0, "AgentWebhook.events", False)
                for _i0 in events
            ]
        elif events is None:
            events = unexpected_null("AgentWebhook.events")
        elif events is not UNSET and events is not None:
            events = mismatch(events, "AgentWebhook.events")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("AgentWebhook.is_active")

        has_secret = d.get("has_secret", UNSET)
        if has_secret is None:
            has_secret = unexpected_null("AgentWebhook.has_secret")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "AgentWebhook.created_at")
        elif created_at is None:
            created_at = unexpected_null("AgentWebhook.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "AgentWebhook.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "AgentWebhook.updated_at")
        elif updated_at is None:
            updated_at = unexpected_null("AgentWebhook.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "AgentWebhook.updated_at")

        agent_webhook = new_instance(cls)
        agent_webhook.webhook_uuid = webhook_uuid
        agent_webhook.url = url
        agent_webhook.events = events
        agent_webhook.is_active = is_active
        agent_webhook.has_secret = has_secret
        agent_webhook.created_at = created_at
        agent_webhook.updated_at = updated_at
        agent_webhook.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentWebhook")
        )
        return agent_webhook

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
        "webhook_uuid",
        "url",
        "events",
        "is_active",
        "has_secret",
        "created_at",
        "updated_at",
    )
)
