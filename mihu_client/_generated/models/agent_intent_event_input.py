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
        v_event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            v_event_type = getattr(self.event_type, "value", self.event_type)

        v_webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            v_webhook = self.webhook.to_dict() if isinstance(self.webhook, AgentIntentWebhook) else self.webhook

        v_app_uid = self.app_uid

        v_action_key = self.action_key

        v_app_connection_uuid: str | Unset | None
        if isinstance(self.app_connection_uuid, Unset):
            v_app_connection_uuid = UNSET
        elif isinstance(self.app_connection_uuid, UUID):
            v_app_connection_uuid = (
                str(self.app_connection_uuid)
                if isinstance(self.app_connection_uuid, UUID)
                else self.app_connection_uuid
            )
        else:
            v_app_connection_uuid = self.app_connection_uuid

        v_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            v_config = self.config.to_dict() if isinstance(self.config, AgentIntentEventInputConfig) else self.config

        v_flow_uuid: str | Unset = UNSET
        if not isinstance(self.flow_uuid, Unset):
            v_flow_uuid = str(self.flow_uuid) if isinstance(self.flow_uuid, UUID) else self.flow_uuid

        v_agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        v_channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            v_channel = getattr(self.channel, "value", self.channel)

        v_channel_action_name = self.channel_action_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_event_type is not UNSET:
            field_dict["event_type"] = v_event_type
        if v_webhook is not UNSET:
            field_dict["webhook"] = v_webhook
        if v_app_uid is not UNSET:
            field_dict["app_uid"] = v_app_uid
        if v_action_key is not UNSET:
            field_dict["action_key"] = v_action_key
        if v_app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = v_app_connection_uuid
        if v_config is not UNSET:
            field_dict["config"] = v_config
        if v_flow_uuid is not UNSET:
            field_dict["flow_uuid"] = v_flow_uuid
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_channel is not UNSET:
            field_dict["channel"] = v_channel
        if v_channel_action_name is not UNSET:
            field_dict["channel_action_name"] = v_channel_action_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_event_type = d.get("event_type", UNSET)
        if v_event_type.__class__ is str:
            v_event_type = _values_AgentIntentEventInputEventType.get(v_event_type) or enum_value(
                AgentIntentEventInputEventType, v_event_type, "AgentIntentEventInput.event_type"
            )
        elif v_event_type is None:
            v_event_type = unexpected_null("AgentIntentEventInput.event_type")
        elif v_event_type is not UNSET and v_event_type is not None:
            v_event_type = mismatch(v_event_type, "AgentIntentEventInput.event_type")

        v_webhook = d.get("webhook", UNSET)
        if v_webhook.__class__ is dict:
            v_webhook = _from_dict_AgentIntentWebhook(v_webhook)
        elif v_webhook is None:
            v_webhook = unexpected_null("AgentIntentEventInput.webhook")
        elif v_webhook is not UNSET and v_webhook is not None:
            v_webhook = mismatch(v_webhook, "AgentIntentEventInput.webhook")

        v_app_uid = d.get("app_uid", UNSET)
        if v_app_uid is None:
            v_app_uid = unexpected_null("AgentIntentEventInput.app_uid")

        v_action_key = d.get("action_key", UNSET)
        if v_action_key is None:
            v_action_key = unexpected_null("AgentIntentEventInput.action_key")

        v_app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if v_app_connection_uuid.__class__ is str:
            v_app_connection_uuid = parse_uuid(v_app_connection_uuid, "AgentIntentEventInput.app_connection_uuid")
        elif v_app_connection_uuid is not UNSET and v_app_connection_uuid is not None:
            v_app_connection_uuid = mismatch(v_app_connection_uuid, "AgentIntentEventInput.app_connection_uuid")

        v_config = d.get("config", UNSET)
        if v_config.__class__ is dict:
            v_config = _from_dict_AgentIntentEventInputConfig(v_config)
        elif v_config is None:
            v_config = unexpected_null("AgentIntentEventInput.config")
        elif v_config is not UNSET and v_config is not None:
            v_config = mismatch(v_config, "AgentIntentEventInput.config")

        v_flow_uuid = d.get("flow_uuid", UNSET)
        if v_flow_uuid.__class__ is str:
            v_flow_uuid = parse_uuid(v_flow_uuid, "AgentIntentEventInput.flow_uuid")
        elif v_flow_uuid is None:
            v_flow_uuid = unexpected_null("AgentIntentEventInput.flow_uuid")
        elif v_flow_uuid is not UNSET and v_flow_uuid is not None:
            v_flow_uuid = mismatch(v_flow_uuid, "AgentIntentEventInput.flow_uuid")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "AgentIntentEventInput.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("AgentIntentEventInput.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "AgentIntentEventInput.agent_uuid")

        v_channel = d.get("channel", UNSET)
        if v_channel.__class__ is str:
            v_channel = _values_AgentIntentEventInputChannel.get(v_channel) or enum_value(
                AgentIntentEventInputChannel, v_channel, "AgentIntentEventInput.channel"
            )
        elif v_channel is None:
            v_channel = unexpected_null("AgentIntentEventInput.channel")
        elif v_channel is not UNSET and v_channel is not None:
            v_channel = mismatch(v_channel, "AgentIntentEventInput.channel")

        v_channel_action_name = d.get("channel_action_name", UNSET)
        if v_channel_action_name is None:
            v_channel_action_name = unexpected_null("AgentIntentEventInput.channel_action_name")

        _instance = new_instance(cls)
        _instance.event_type = v_event_type
        _instance.webhook = v_webhook
        _instance.app_uid = v_app_uid
        _instance.action_key = v_action_key
        _instance.app_connection_uuid = v_app_connection_uuid
        _instance.config = v_config
        _instance.flow_uuid = v_flow_uuid
        _instance.agent_uuid = v_agent_uuid
        _instance.channel = v_channel
        _instance.channel_action_name = v_channel_action_name
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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


_values_AgentIntentEventInputEventType = AgentIntentEventInputEventType._value2member_map_


_values_AgentIntentEventInputChannel = AgentIntentEventInputChannel._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
