from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_intent_event_input_channel import AgentIntentEventInputChannel
from ..models.agent_intent_event_input_event_type import AgentIntentEventInputEventType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.agent_intent_event_input_config import AgentIntentEventInputConfig
    from ..models.agent_intent_webhook import AgentIntentWebhook


T = TypeVar("T", bound="AgentIntentEventInput")


@_attrs_define
class AgentIntentEventInput:
    """Documented as 'any'; fields depend on event_type (webhook: webhook.url/auth_token; app: app_uid, action_key, config,
    app_connection_uuid for external apps; scenario: flow_uuid; agent: agent_uuid, channel, channel_action_name).

    """

    event_type: AgentIntentEventInputEventType | Unset = UNSET
    webhook: AgentIntentWebhook | Unset = UNSET
    app_uid: str | Unset = UNSET
    action_key: str | Unset = UNSET
    app_connection_uuid: Unset | UUID | None = UNSET
    config: AgentIntentEventInputConfig | Unset = UNSET
    flow_uuid: UUID | Unset = UNSET
    agent_uuid: UUID | Unset = UNSET
    channel: AgentIntentEventInputChannel | Unset = UNSET
    channel_action_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = getattr(self.event_type, "value", self.event_type)

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict() if hasattr(self.webhook, "to_dict") else self.webhook

        app_uid = self.app_uid

        action_key = self.action_key

        app_connection_uuid: str | Unset | None
        if isinstance(self.app_connection_uuid, Unset):
            app_connection_uuid = UNSET
        elif isinstance(self.app_connection_uuid, UUID):
            app_connection_uuid = (
                str(self.app_connection_uuid)
                if isinstance(self.app_connection_uuid, UUID)
                else self.app_connection_uuid
            )
        else:
            app_connection_uuid = self.app_connection_uuid

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict() if hasattr(self.config, "to_dict") else self.config

        flow_uuid: str | Unset = UNSET
        if not isinstance(self.flow_uuid, Unset):
            flow_uuid = str(self.flow_uuid) if isinstance(self.flow_uuid, UUID) else self.flow_uuid

        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = getattr(self.channel, "value", self.channel)

        channel_action_name = self.channel_action_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if app_uid is not UNSET:
            field_dict["app_uid"] = app_uid
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
        if app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = app_connection_uuid
        if config is not UNSET:
            field_dict["config"] = config
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if channel is not UNSET:
            field_dict["channel"] = channel
        if channel_action_name is not UNSET:
            field_dict["channel_action_name"] = channel_action_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        event_type = d.get("event_type", UNSET)
        if event_type.__class__ is str:
            event_type = _values_AgentIntentEventInputEventType.get(event_type) or enum_value(
                AgentIntentEventInputEventType, event_type, "AgentIntentEventInput.event_type"
            )
        elif event_type is None:
            event_type = unexpected_null("AgentIntentEventInput.event_type")
        elif event_type is not UNSET and event_type is not None:
            event_type = mismatch(event_type, "AgentIntentEventInput.event_type")

        webhook = d.get("webhook", UNSET)
        if webhook.__class__ is dict:
            webhook = _from_dict_AgentIntentWebhook(webhook)
        elif webhook is None:
            webhook = unexpected_null("AgentIntentEventInput.webhook")
        elif webhook is not UNSET and webhook is not None:
            webhook = mismatch(webhook, "AgentIntentEventInput.webhook")

        app_uid = d.get("app_uid", UNSET)
        if app_uid is None:
            app_uid = unexpected_null("AgentIntentEventInput.app_uid")

        action_key = d.get("action_key", UNSET)
        if action_key is None:
            action_key = unexpected_null("AgentIntentEventInput.action_key")

        app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if app_connection_uuid.__class__ is str:
            app_connection_uuid = parse_uuid(app_connection_uuid, "AgentIntentEventInput.app_connection_uuid")
        elif app_connection_uuid is not UNSET and app_connection_uuid is not None:
            app_connection_uuid = mismatch(app_connection_uuid, "AgentIntentEventInput.app_connection_uuid")

        config = d.get("config", UNSET)
        if config.__class__ is dict:
            config = _from_dict_AgentIntentEventInputConfig(config)
        elif config is None:
            config = unexpected_null("AgentIntentEventInput.config")
        elif config is not UNSET and config is not None:
            config = mismatch(config, "AgentIntentEventInput.config")

        flow_uuid = d.get("flow_uuid", UNSET)
        if flow_uuid.__class__ is str:
            flow_uuid = parse_uuid(flow_uuid, "AgentIntentEventInput.flow_uuid")
        elif flow_uuid is None:
            flow_uuid = unexpected_null("AgentIntentEventInput.flow_uuid")
        elif flow_uuid is not UNSET and flow_uuid is not None:
            flow_uuid = mismatch(flow_uuid, "AgentIntentEventInput.flow_uuid")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "AgentIntentEventInput.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("AgentIntentEventInput.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "AgentIntentEventInput.agent_uuid")

        channel = d.get("channel", UNSET)
        if channel.__class__ is str:
            channel = _values_AgentIntentEventInputChannel.get(channel) or enum_value(
                AgentIntentEventInputChannel, channel, "AgentIntentEventInput.channel"
            )
        elif channel is None:
            channel = unexpected_null("AgentIntentEventInput.channel")
        elif channel is not UNSET and channel is not None:
            channel = mismatch(channel, "AgentIntentEventInput.channel")

        channel_action_name = d.get("channel_action_name", UNSET)
        if channel_action_name is None:
            channel_action_name = unexpected_null("AgentIntentEventInput.channel_action_name")

        agent_intent_event_input = new_instance(cls)
        agent_intent_event_input.event_type = event_type
        agent_intent_event_input.webhook = webhook
        agent_intent_event_input.app_uid = app_uid
        agent_intent_event_input.action_key = action_key
        agent_intent_event_input.app_connection_uuid = app_connection_uuid
        agent_intent_event_input.config = config
        agent_intent_event_input.flow_uuid = flow_uuid
        agent_intent_event_input.agent_uuid = agent_uuid
        agent_intent_event_input.channel = channel
        agent_intent_event_input.channel_action_name = channel_action_name
        agent_intent_event_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_intent_event_input

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


_values_AgentIntentEventInputEventType = AgentIntentEventInputEventType._value2member_map_


_values_AgentIntentEventInputChannel = AgentIntentEventInputChannel._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "event_type",
        "webhook",
        "app_uid",
        "action_key",
        "app_connection_uuid",
        "config",
        "flow_uuid",
        "agent_uuid",
        "channel",
        "channel_action_name",
    )
)

from ..models.agent_intent_event_input_config import AgentIntentEventInputConfig
from ..models.agent_intent_webhook import AgentIntentWebhook

_from_dict_AgentIntentWebhook = AgentIntentWebhook.from_dict


_from_dict_AgentIntentEventInputConfig = AgentIntentEventInputConfig.from_dict
