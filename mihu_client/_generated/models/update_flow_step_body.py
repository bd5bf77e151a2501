from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            agent_uuid = str(self.agent_uuid)
        else:
            agent_uuid = self.agent_uuid

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
        from ..models.update_flow_step_body_config import UpdateFlowStepBodyConfig

        d = dict(src_dict)
        app_uid = d.pop("app_uid", UNSET)

        def _parse_trigger_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_key = _parse_trigger_key(d.pop("trigger_key", UNSET))

        def _parse_action_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_key = _parse_action_key(d.pop("action_key", UNSET))

        def _parse_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_uuid_type_0 = UUID(data)

                return agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agent_uuid = _parse_agent_uuid(d.pop("agent_uuid", UNSET))

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
        config: UpdateFlowStepBodyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = UpdateFlowStepBodyConfig.from_dict(_config)

        update_flow_step_body = cls(
            app_uid=app_uid,
            trigger_key=trigger_key,
            action_key=action_key,
            agent_uuid=agent_uuid,
            app_connection_uuid=app_connection_uuid,
            config=config,
        )

        update_flow_step_body.additional_properties = d
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
