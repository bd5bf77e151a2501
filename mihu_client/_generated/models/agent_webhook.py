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
        v_webhook_uuid: str | Unset = UNSET
        if not isinstance(self.webhook_uuid, Unset):
            v_webhook_uuid = str(self.webhook_uuid) if isinstance(self.webhook_uuid, UUID) else self.webhook_uuid

        v_url = self.url

        v_events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            if isinstance(self.events, list):
                v_events = []
                for v_events_item_data in self.events:
                    v_events_item = getattr(v_events_item_data, "value", v_events_item_data)
                    v_events.append(v_events_item)
            else:
                v_events = self.events

        v_is_active = self.is_active

        v_has_secret = self.has_secret

        v_created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        v_updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_webhook_uuid is not UNSET:
            field_dict["webhook_uuid"] = v_webhook_uuid
        if v_url is not UNSET:
            field_dict["url"] = v_url
        if v_events is not UNSET:
            field_dict["events"] = v_events
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active
        if v_has_secret is not UNSET:
            field_dict["has_secret"] = v_has_secret
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_webhook_uuid = d.get("webhook_uuid", UNSET)
        if v_webhook_uuid.__class__ is str:
            v_webhook_uuid = parse_uuid(v_webhook_uuid, "AgentWebhook.webhook_uuid")
        elif v_webhook_uuid is None:
            v_webhook_uuid = unexpected_null("AgentWebhook.webhook_uuid")
        elif v_webhook_uuid is not UNSET and v_webhook_uuid is not None:
            v_webhook_uuid = mismatch(v_webhook_uuid, "AgentWebhook.webhook_uuid")

        v_url = d.get("url", UNSET)
        if v_url is None:
            v_url = unexpected_null("AgentWebhook.url")

        v_events = d.get("events", UNSET)
        if v_events.__class__ is list:
            v_events = [
                _values_AgentWebhookEvent.get(_i0) or enum_value(AgentWebhookEvent, _i0, "AgentWebhook.events")
                if _i0.__class__ is str
                else odd_item(_i0, "AgentWebhook.events", False)
                for _i0 in v_events
            ]
        elif v_events is None:
            v_events = unexpected_null("AgentWebhook.events")
        elif v_events is not UNSET and v_events is not None:
            v_events = mismatch(v_events, "AgentWebhook.events")

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("AgentWebhook.is_active")

        v_has_secret = d.get("has_secret", UNSET)
        if v_has_secret is None:
            v_has_secret = unexpected_null("AgentWebhook.has_secret")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "AgentWebhook.created_at")
        elif v_created_at is None:
            v_created_at = unexpected_null("AgentWebhook.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "AgentWebhook.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "AgentWebhook.updated_at")
        elif v_updated_at is None:
            v_updated_at = unexpected_null("AgentWebhook.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "AgentWebhook.updated_at")

        _instance = new_instance(cls)
        _instance.webhook_uuid = v_webhook_uuid
        _instance.url = v_url
        _instance.events = v_events
        _instance.is_active = v_is_active
        _instance.has_secret = v_has_secret
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentWebhook")
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
        "webhook_uuid",
        "url",
        "events",
        "is_active",
        "has_secret",
        "created_at",
        "updated_at",
    )
)
