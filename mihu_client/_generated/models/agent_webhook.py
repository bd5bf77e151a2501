from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_webhook_event import AgentWebhookEvent
from ..types import UNSET, Unset

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
            webhook_uuid = str(self.webhook_uuid)

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        is_active = self.is_active

        has_secret = self.has_secret

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        d = dict(src_dict)
        _webhook_uuid = d.pop("webhook_uuid", UNSET)
        webhook_uuid: UUID | Unset
        if isinstance(_webhook_uuid, Unset):
            webhook_uuid = UNSET
        else:
            webhook_uuid = UUID(_webhook_uuid)

        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[AgentWebhookEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = AgentWebhookEvent(events_item_data)

                events.append(events_item)

        is_active = d.pop("is_active", UNSET)

        has_secret = d.pop("has_secret", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        agent_webhook = cls(
            webhook_uuid=webhook_uuid,
            url=url,
            events=events,
            is_active=is_active,
            has_secret=has_secret,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent_webhook.additional_properties = d
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
