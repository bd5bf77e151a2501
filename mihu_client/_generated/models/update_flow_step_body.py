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
        v_app_uid = self.app_uid

        v_trigger_key: str | Unset | None
        if isinstance(self.trigger_key, Unset):
            v_trigger_key = UNSET
        else:
            v_trigger_key = self.trigger_key

        v_action_key: str | Unset | None
        if isinstance(self.action_key, Unset):
            v_action_key = UNSET
        else:
            v_action_key = self.action_key

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

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
            v_config = self.config.to_dict() if isinstance(self.config, UpdateFlowStepBodyConfig) else self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_app_uid is not UNSET:
            field_dict["app_uid"] = v_app_uid
        if v_trigger_key is not UNSET:
            field_dict["trigger_key"] = v_trigger_key
        if v_action_key is not UNSET:
            field_dict["action_key"] = v_action_key
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = v_app_connection_uuid
        if v_config is not UNSET:
            field_dict["config"] = v_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_app_uid = d.get("app_uid", UNSET)
        if v_app_uid is None:
            v_app_uid = unexpected_null("UpdateFlowStepBody.app_uid")

        v_trigger_key = d.get("trigger_key", UNSET)

        v_action_key = d.get("action_key", UNSET)

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "UpdateFlowStepBody.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "UpdateFlowStepBody.agent_uuid")

        v_app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if v_app_connection_uuid.__class__ is str:
            v_app_connection_uuid = parse_uuid(v_app_connection_uuid, "UpdateFlowStepBody.app_connection_uuid")
        elif v_app_connection_uuid is not UNSET and v_app_connection_uuid is not None:
            v_app_connection_uuid = mismatch(v_app_connection_uuid, "UpdateFlowStepBody.app_connection_uuid")

        v_config = d.get("config", UNSET)
        if v_config.__class__ is dict:
            v_config = _from_dict_UpdateFlowStepBodyConfig(v_config)
        elif v_config is None:
            v_config = unexpected_null("UpdateFlowStepBody.config")
        elif v_config is not UNSET and v_config is not None:
            v_config = mismatch(v_config, "UpdateFlowStepBody.config")

        _instance = new_instance(cls)
        _instance.app_uid = v_app_uid
        _instance.trigger_key = v_trigger_key
        _instance.action_key = v_action_key
        _instance.agent_uuid = v_agent_uuid
        _instance.app_connection_uuid = v_app_connection_uuid
        _instance.config = v_config
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "UpdateFlowStepBody")
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


_FIELD_NAMES: frozenset[str] = frozenset(
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
