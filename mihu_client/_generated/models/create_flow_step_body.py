from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_flow_step_body_branch_key import CreateFlowStepBodyBranchKey
from ..models.create_flow_step_body_kind import CreateFlowStepBodyKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_flow_step_body_config import CreateFlowStepBodyConfig


T = TypeVar("T", bound="CreateFlowStepBody")


@_attrs_define
class CreateFlowStepBody:
    kind: CreateFlowStepBodyKind
    app_uid: str
    """ App uid from GET /api/v1/flow/apps. """
    trigger_key: str | Unset = UNSET
    """ Required when kind=trigger; from GET /api/v1/flow/apps/{uid}/triggers. """
    action_key: str | Unset = UNSET
    """ Required when kind=action; from GET /api/v1/flow/apps/{uid}/actions. """
    app_connection_uuid: Unset | UUID | None = UNSET
    """ Required for connect-category apps; must be null for builtin apps. """
    agent_uuid: Unset | UUID | None = UNSET
    """ Required for Agents-app actions. """
    config: CreateFlowStepBodyConfig | Unset = UNSET
    """ Trigger/action specific configuration; may use {{stepN.field}} templates. """
    insert_after_step_uuid: UUID | Unset = UNSET
    """ Insert after this step instead of appending. """
    parent_step_uuid: UUID | Unset = UNSET
    """ if_condition step to nest this step under; needs branch_key. """
    branch_key: CreateFlowStepBodyBranchKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        app_uid = self.app_uid

        trigger_key = self.trigger_key

        action_key = self.action_key

        app_connection_uuid: str | Unset | None
        if isinstance(self.app_connection_uuid, Unset):
            app_connection_uuid = UNSET
        elif isinstance(self.app_connection_uuid, UUID):
            app_connection_uuid = str(self.app_connection_uuid)
        else:
            app_connection_uuid = self.app_connection_uuid

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid)
        else:
            agent_uuid = self.agent_uuid

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        insert_after_step_uuid: str | Unset = UNSET
        if not isinstance(self.insert_after_step_uuid, Unset):
            insert_after_step_uuid = str(self.insert_after_step_uuid)

        parent_step_uuid: str | Unset = UNSET
        if not isinstance(self.parent_step_uuid, Unset):
            parent_step_uuid = str(self.parent_step_uuid)

        branch_key: str | Unset = UNSET
        if not isinstance(self.branch_key, Unset):
            branch_key = self.branch_key.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "app_uid": app_uid,
            }
        )
        if trigger_key is not UNSET:
            field_dict["trigger_key"] = trigger_key
        if action_key is not UNSET:
            field_dict["action_key"] = action_key
        if app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = app_connection_uuid
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if config is not UNSET:
            field_dict["config"] = config
        if insert_after_step_uuid is not UNSET:
            field_dict["insert_after_step_uuid"] = insert_after_step_uuid
        if parent_step_uuid is not UNSET:
            field_dict["parent_step_uuid"] = parent_step_uuid
        if branch_key is not UNSET:
            field_dict["branch_key"] = branch_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_flow_step_body_config import CreateFlowStepBodyConfig

        d = dict(src_dict)
        kind = CreateFlowStepBodyKind(d.pop("kind"))

        app_uid = d.pop("app_uid")

        trigger_key = d.pop("trigger_key", UNSET)

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

        _config = d.pop("config", UNSET)
        config: CreateFlowStepBodyConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CreateFlowStepBodyConfig.from_dict(_config)

        _insert_after_step_uuid = d.pop("insert_after_step_uuid", UNSET)
        insert_after_step_uuid: UUID | Unset
        if isinstance(_insert_after_step_uuid, Unset):
            insert_after_step_uuid = UNSET
        else:
            insert_after_step_uuid = UUID(_insert_after_step_uuid)

        _parent_step_uuid = d.pop("parent_step_uuid", UNSET)
        parent_step_uuid: UUID | Unset
        if isinstance(_parent_step_uuid, Unset):
            parent_step_uuid = UNSET
        else:
            parent_step_uuid = UUID(_parent_step_uuid)

        _branch_key = d.pop("branch_key", UNSET)
        branch_key: CreateFlowStepBodyBranchKey | Unset
        if isinstance(_branch_key, Unset):
            branch_key = UNSET
        else:
            branch_key = CreateFlowStepBodyBranchKey(_branch_key)

        create_flow_step_body = cls(
            kind=kind,
            app_uid=app_uid,
            trigger_key=trigger_key,
            action_key=action_key,
            app_connection_uuid=app_connection_uuid,
            agent_uuid=agent_uuid,
            config=config,
            insert_after_step_uuid=insert_after_step_uuid,
            parent_step_uuid=parent_step_uuid,
            branch_key=branch_key,
        )

        create_flow_step_body.additional_properties = d
        return create_flow_step_body

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
