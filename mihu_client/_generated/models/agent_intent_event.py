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
        v_event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            v_event_type = getattr(self.event_type, "value", self.event_type)

        v_status = self.status

        v_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            v_app = self.app.to_dict() if isinstance(self.app, AgentIntentEventApp) else self.app

        v_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            v_action = self.action.to_dict() if isinstance(self.action, AgentIntentEventAction) else self.action

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
            v_config = self.config.to_dict() if isinstance(self.config, AgentIntentEventConfig) else self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_event_type is not UNSET:
            field_dict["event_type"] = v_event_type
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_app is not UNSET:
            field_dict["app"] = v_app
        if v_action is not UNSET:
            field_dict["action"] = v_action
        if v_app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = v_app_connection_uuid
        if v_config is not UNSET:
            field_dict["config"] = v_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_event_type = d.get("event_type", UNSET)
        if v_event_type.__class__ is str:
            v_event_type = _values_AgentIntentEventEventType.get(v_event_type) or enum_value(
                AgentIntentEventEventType, v_event_type, "AgentIntentEvent.event_type"
            )
        elif v_event_type is None:
            v_event_type = unexpected_null("AgentIntentEvent.event_type")
        elif v_event_type is not UNSET and v_event_type is not None:
            v_event_type = mismatch(v_event_type, "AgentIntentEvent.event_type")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("AgentIntentEvent.status")

        v_app = d.get("app", UNSET)
        if v_app.__class__ is dict:
            v_app = _from_dict_AgentIntentEventApp(v_app)
        elif v_app is None:
            v_app = unexpected_null("AgentIntentEvent.app")
        elif v_app is not UNSET and v_app is not None:
            v_app = mismatch(v_app, "AgentIntentEvent.app")

        v_action = d.get("action", UNSET)
        if v_action.__class__ is dict:
            v_action = _from_dict_AgentIntentEventAction(v_action)
        elif v_action is None:
            v_action = unexpected_null("AgentIntentEvent.action")
        elif v_action is not UNSET and v_action is not None:
            v_action = mismatch(v_action, "AgentIntentEvent.action")

        v_app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if v_app_connection_uuid.__class__ is str:
            v_app_connection_uuid = parse_uuid(v_app_connection_uuid, "AgentIntentEvent.app_connection_uuid")
        elif v_app_connection_uuid is not UNSET and v_app_connection_uuid is not None:
            v_app_connection_uuid = mismatch(v_app_connection_uuid, "AgentIntentEvent.app_connection_uuid")

        v_config = d.get("config", UNSET)
        if v_config.__class__ is dict:
            v_config = _from_dict_AgentIntentEventConfig(v_config)
        elif v_config is None:
            v_config = unexpected_null("AgentIntentEvent.config")
        elif v_config is not UNSET and v_config is not None:
            v_config = mismatch(v_config, "AgentIntentEvent.config")

        _instance = new_instance(cls)
        _instance.event_type = v_event_type
        _instance.status = v_status
        _instance.app = v_app
        _instance.action = v_action
        _instance.app_connection_uuid = v_app_connection_uuid
        _instance.config = v_config
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


_values_AgentIntentEventEventType = AgentIntentEventEventType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
