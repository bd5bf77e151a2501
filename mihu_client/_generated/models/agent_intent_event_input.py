from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_intent_event_input_channel import AgentIntentEventInputChannel
from ..models.agent_intent_event_input_event_type import AgentIntentEventInputEventType
from ..types import UNSET, Unset

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
            event_type = self.event_type.value

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        app_uid = self.app_uid

        action_key = self.action_key

        app_connection_uuid: str | Unset | None
        if isinstance(self.app_connection_uuid, Unset):
            app_connection_uuid = UNSET
        elif isinstance(self.app_connection_uuid, UUID):
            app_connection_uuid = str(self.app_connection_uuid)
        else:
            app_connection_uuid = self.app_connection_uuid

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        flow_uuid: str | Unset = UNSET
        if not isinstance(self.flow_uuid, Unset):
            flow_uuid = str(self.flow_uuid)

        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid)

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

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
        from ..models.agent_intent_event_input_config import AgentIntentEventInputConfig
        from ..models.agent_intent_webhook import AgentIntentWebhook

        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: AgentIntentEventInputEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = AgentIntentEventInputEventType(_event_type)

        _webhook = d.pop("webhook", UNSET)
        webhook: AgentIntentWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = AgentIntentWebhook.from_dict(_webhook)

        app_uid = d.pop("app_uid", UNSET)

        action_key = d.pop("action_key", UNSET)

        def _parse_app_connection_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                app_connection_uuid_type_0 = UUID(data)

                return app_connection_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        app_connection_uuid = _parse_app_connection_uuid(d.pop("app_connection_uuid", UNSET))

        _config = d.pop("config", UNSET)
        config: AgentIntentEventInputConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AgentIntentEventInputConfig.from_dict(_config)

        _flow_uuid = d.pop("flow_uuid", UNSET)
        flow_uuid: UUID | Unset
        if isinstance(_flow_uuid, Unset):
            flow_uuid = UNSET
        else:
            flow_uuid = UUID(_flow_uuid)

        _agent_uuid = d.pop("agent_uuid", UNSET)
        agent_uuid: UUID | Unset
        if isinstance(_agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = UUID(_agent_uuid)

        _channel = d.pop("channel", UNSET)
        channel: AgentIntentEventInputChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = AgentIntentEventInputChannel(_channel)

        channel_action_name = d.pop("channel_action_name", UNSET)

        agent_intent_event_input = cls(
            event_type=event_type,
            webhook=webhook,
            app_uid=app_uid,
            action_key=action_key,
            app_connection_uuid=app_connection_uuid,
            config=config,
            flow_uuid=flow_uuid,
            agent_uuid=agent_uuid,
            channel=channel,
            channel_action_name=channel_action_name,
        )

        agent_intent_event_input.additional_properties = d
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
