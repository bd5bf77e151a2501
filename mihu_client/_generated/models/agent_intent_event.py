from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_intent_event_event_type import AgentIntentEventEventType
from ..types import UNSET, Unset

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
            event_type = self.event_type.value

        status = self.status

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

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
        from ..models.agent_intent_event_action import AgentIntentEventAction
        from ..models.agent_intent_event_app import AgentIntentEventApp
        from ..models.agent_intent_event_config import AgentIntentEventConfig

        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: AgentIntentEventEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = AgentIntentEventEventType(_event_type)

        status = d.pop("status", UNSET)

        _app = d.pop("app", UNSET)
        app: AgentIntentEventApp | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = AgentIntentEventApp.from_dict(_app)

        _action = d.pop("action", UNSET)
        action: AgentIntentEventAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = AgentIntentEventAction.from_dict(_action)

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
        config: AgentIntentEventConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = AgentIntentEventConfig.from_dict(_config)

        agent_intent_event = cls(
            event_type=event_type,
            status=status,
            app=app,
            action=action,
            app_connection_uuid=app_connection_uuid,
            config=config,
        )

        agent_intent_event.additional_properties = d
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
