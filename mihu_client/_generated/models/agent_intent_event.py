from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_intent_event_event_type import AgentIntentEventEventType
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
    from ..models.agent_intent_event_action import AgentIntentEventAction
    from ..models.agent_intent_event_app import AgentIntentEventApp
    from ..models.agent_intent_event_config import AgentIntentEventConfig


T = TypeVar("T", bound="AgentIntentEvent")


@_attrs_define
class AgentIntentEvent:
    """The single action an intent performs when it fires."""

    event_type: AgentIntentEventEventType | Unset = UNSET
    status: str | Unset = UNSET
    """ Publication state; values seen: draft (after set), deployed. """
    app: AgentIntentEventApp | Unset = UNSET
    action: AgentIntentEventAction | Unset = UNSET
    app_connection_uuid: Unset | UUID | None = UNSET
    config: AgentIntentEventConfig | Unset = UNSET
    """ Action-specific configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = getattr(self.event_type, "value", self.event_type)

        status = self.status

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict() if hasattr(self.app, "to_dict") else self.app

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict() if hasattr(self.action, "to_dict") else self.action

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if status is not UNSET:
            field_dict["status"] = status
        if app is not UNSET:
            field_dict["app"] = app
        if action is not UNSET:
            field_dict["action"] = action
        if app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = app_connection_uuid
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        event_type = d.get("event_type", UNSET)
        if event_type.__class__ is str:
            event_type = _values_AgentIntentEventEventType.get(event_type) or enum_value(
                AgentIntentEventEventType, event_type, "AgentIntentEvent.event_type"
            )
        elif event_type is None:
            event_type = unexpected_null("AgentIntentEvent.event_type")
        elif event_type is not UNSET and event_type is not None:
            event_type = mismatch(event_type, "AgentIntentEvent.event_type")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("AgentIntentEvent.status")

        app = d.get("app", UNSET)
        if app.__class__ is dict:
            app = _from_dict_AgentIntentEventApp(app)
        elif app is None:
            app = unexpected_null("AgentIntentEvent.app")
        elif app is not UNSET and app is not None:
            app = mismatch(app, "AgentIntentEvent.app")

        action = d.get("action", UNSET)
        if action.__class__ is dict:
            action = _from_dict_AgentIntentEventAction(action)
        elif action is None:
            action = unexpected_null("AgentIntentEvent.action")
        elif action is not UNSET and action is not None:
            action = mismatch(action, "AgentIntentEvent.action")

        app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if app_connection_uuid.__class__ is str:
            app_connection_uuid = parse_uuid(app_connection_uuid, "AgentIntentEvent.app_connection_uuid")
        elif app_connection_uuid is not UNSET and app_connection_uuid is not None:
            app_connection_uuid = mismatch(app_connection_uuid, "AgentIntentEvent.app_connection_uuid")

        config = d.get("config", UNSET)
        if config.__class__ is dict:
            config = _from_dict_AgentIntentEventConfig(config)
        elif config is None:
            config = unexpected_null("AgentIntentEvent.config")
        elif config is not UNSET and config is not None:
            config = mismatch(config, "AgentIntentEvent.config")

        agent_intent_event = new_instance(cls)
        agent_intent_event.event_type = event_type
        agent_intent_event.status = status
        agent_intent_event.app = app
        agent_intent_event.action = action
        agent_intent_event.app_connection_uuid = app_connection_uuid
        agent_intent_event.config = config
        agent_intent_event.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_intent_event

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


_values_AgentIntentEventEventType = AgentIntentEventEventType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "event_type",
        "status",
        "app",
        "action",
        "app_connection_uuid",
        "config",
    )
)

from ..models.agent_intent_event_action import AgentIntentEventAction
from ..models.agent_intent_event_app import AgentIntentEventApp
from ..models.agent_intent_event_config import AgentIntentEventConfig

_from_dict_AgentIntentEventApp = AgentIntentEventApp.from_dict

_from_dict_AgentIntentEventAction = AgentIntentEventAction.from_dict


_from_dict_AgentIntentEventConfig = AgentIntentEventConfig.from_dict
