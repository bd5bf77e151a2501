from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.update_flow_step_body_config import UpdateFlowStepBodyConfig


T = TypeVar("T", bound="UpdateFlowStepBody")


@_attrs_define
class UpdateFlowStepBody:
    app_uid: str | Unset = UNSET
    """ Switching the app clears trigger/action/config/connection. """
    trigger_key: str | Unset | None = UNSET
    action_key: str | Unset | None = UNSET
    agent_uuid: Unset | UUID | None = UNSET
    app_connection_uuid: Unset | UUID | None = UNSET
    config: UpdateFlowStepBodyConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_uid = self.app_uid

        trigger_key: str | Unset | None
        if isinstance(self.trigger_key, Unset):
            trigger_key = UNSET
        else:
            trigger_key = self.trigger_key

        action_key: str | Unset | None
        if isinstance(self.action_key, Unset):
            action_key = UNSET
        else:
            action_key = self.action_key

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

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
        if app_uid is not UNSET:
            field_dict["app_uid"] = app_uid
        if trigger_key is not UNSET:
            field_dict["trigger_key"] = trigger_key
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = app_connection_uuid
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        app_uid = d.get("app_uid", UNSET)
        if app_uid is None:
            app_uid = unexpected_null("UpdateFlowStepBody.app_uid")

        trigger_key = d.get("trigger_key", UNSET)

        action_key = d.get("action_key", UNSET)

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "UpdateFlowStepBody.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "UpdateFlowStepBody.agent_uuid")

        app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if app_connection_uuid.__class__ is str:
            app_connection_uuid = parse_uuid(app_connection_uuid, "UpdateFlowStepBody.app_connection_uuid")
        elif app_connection_uuid is not UNSET and app_connection_uuid is not None:
            app_connection_uuid = mismatch(app_connection_uuid, "UpdateFlowStepBody.app_connection_uuid")

        config = d.get("config", UNSET)
        if config.__class__ is dict:
            config = _from_dict_UpdateFlowStepBodyConfig(config)
        elif config is None:
            config = unexpected_null("UpdateFlowStepBody.config")
        elif config is not UNSET and config is not None:
            config = mismatch(config, "UpdateFlowStepBody.config")

        update_flow_step_body = new_instance(cls)
        update_flow_step_body.app_uid = app_uid
        update_flow_step_body.trigger_key = trigger_key
        update_flow_step_body.action_key = action_key
        update_flow_step_body.agent_uuid = agent_uuid
        update_flow_step_body.app_connection_uuid = app_connection_uuid
        update_flow_step_body.config = config
        update_flow_step_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "UpdateFlowStepBody")
        )
        return update_flow_step_body

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
        "app_uid",
        "trigger_key",
        "action_key",
        "agent_uuid",
        "app_connection_uuid",
        "config",
    )
)

from ..models.update_flow_step_body_config import UpdateFlowStepBodyConfig

_from_dict_UpdateFlowStepBodyConfig = UpdateFlowStepBodyConfig.from_dict
