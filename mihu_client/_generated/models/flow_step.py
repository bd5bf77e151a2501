from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_step_branch_key_type_0 import FlowStepBranchKeyType0
from ..models.flow_step_kind import FlowStepKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_step_action_type_0 import FlowStepActionType0
    from ..models.flow_step_agent_type_0 import FlowStepAgentType0
    from ..models.flow_step_app import FlowStepApp
    from ..models.flow_step_app_connection_type_0 import FlowStepAppConnectionType0
    from ..models.flow_step_config import FlowStepConfig
    from ..models.flow_step_last_test_type_0 import FlowStepLastTestType0
    from ..models.flow_step_trigger_type_0 import FlowStepTriggerType0


T = TypeVar("T", bound="FlowStep")


@_attrs_define
class FlowStep:
    """One step of a flow. Step 1 is always the trigger; later steps are actions. Steps nested under an if_condition branch
    are listed flat with parent_step_uuid and branch_key set.

    """

    uuid: UUID | Unset = UNSET
    position: int | Unset = UNSET
    """ Server-managed step number. """
    kind: FlowStepKind | Unset = UNSET
    status: str | Unset = UNSET
    """ Step state; new steps are draft and become active after a successful persisted test. """
    parent_step_uuid: Unset | UUID | None = UNSET
    branch_key: FlowStepBranchKeyType0 | Unset | None = UNSET
    """ Branch of the parent if_condition (null for top-level steps). """
    app: FlowStepApp | Unset = UNSET
    """ Integration app used by a flow step. """
    trigger: FlowStepTriggerType0 | Unset | None = UNSET
    """ Trigger selected on a trigger step (null on action steps). """
    action: FlowStepActionType0 | Unset | None = UNSET
    """ Action selected on an action step (null on trigger steps). """
    agent: FlowStepAgentType0 | Unset | None = UNSET
    """ Agent linked to the step, if any. """
    app_connection: FlowStepAppConnectionType0 | Unset | None = UNSET
    """ App connection (OAuth/credentials) used by the step, if any. """
    config: FlowStepConfig | Unset = UNSET
    """ Trigger/action specific configuration; may contain {{stepN.field}} templates. """
    last_test: FlowStepLastTestType0 | Unset | None = UNSET
    """ Result persisted by the last step test. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_step_action_type_0 import FlowStepActionType0
        from ..models.flow_step_agent_type_0 import FlowStepAgentType0
        from ..models.flow_step_app_connection_type_0 import FlowStepAppConnectionType0
        from ..models.flow_step_last_test_type_0 import FlowStepLastTestType0
        from ..models.flow_step_trigger_type_0 import FlowStepTriggerType0

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        position = self.position

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status = self.status

        parent_step_uuid: str | Unset | None
        if isinstance(self.parent_step_uuid, Unset):
            parent_step_uuid = UNSET
        elif isinstance(self.parent_step_uuid, UUID):
            parent_step_uuid = str(self.parent_step_uuid)
        else:
            parent_step_uuid = self.parent_step_uuid

        branch_key: str | Unset | None
        if isinstance(self.branch_key, Unset):
            branch_key = UNSET
        elif isinstance(self.branch_key, FlowStepBranchKeyType0):
            branch_key = self.branch_key.value
        else:
            branch_key = self.branch_key

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        trigger: dict[str, Any] | Unset | None
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, FlowStepTriggerType0):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        action: dict[str, Any] | Unset | None
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, FlowStepActionType0):
            action = self.action.to_dict()
        else:
            action = self.action

        agent: dict[str, Any] | Unset | None
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, FlowStepAgentType0):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        app_connection: dict[str, Any] | Unset | None
        if isinstance(self.app_connection, Unset):
            app_connection = UNSET
        elif isinstance(self.app_connection, FlowStepAppConnectionType0):
            app_connection = self.app_connection.to_dict()
        else:
            app_connection = self.app_connection

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        last_test: dict[str, Any] | Unset | None
        if isinstance(self.last_test, Unset):
            last_test = UNSET
        elif isinstance(self.last_test, FlowStepLastTestType0):
            last_test = self.last_test.to_dict()
        else:
            last_test = self.last_test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if position is not UNSET:
            field_dict["position"] = position
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if parent_step_uuid is not UNSET:
            field_dict["parent_step_uuid"] = parent_step_uuid
        if branch_key is not UNSET:
            field_dict["branch_key"] = branch_key
        if app is not UNSET:
            field_dict["app"] = app
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if action is not UNSET:
            field_dict["action"] = action
        if agent is not UNSET:
            field_dict["agent"] = agent
        if app_connection is not UNSET:
            field_dict["app_connection"] = app_connection
        if config is not UNSET:
            field_dict["config"] = config
        if last_test is not UNSET:
            field_dict["last_test"] = last_test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_step_action_type_0 import FlowStepActionType0
        from ..models.flow_step_agent_type_0 import FlowStepAgentType0
        from ..models.flow_step_app import FlowStepApp
        from ..models.flow_step_app_connection_type_0 import FlowStepAppConnectionType0
        from ..models.flow_step_config import FlowStepConfig
        from ..models.flow_step_last_test_type_0 import FlowStepLastTestType0
        from ..models.flow_step_trigger_type_0 import FlowStepTriggerType0

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        position = d.pop("position", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: FlowStepKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = FlowStepKind(_kind)

        status = d.pop("status", UNSET)

        def _parse_parent_step_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_step_uuid_type_0 = UUID(data)

                return parent_step_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_step_uuid = _parse_parent_step_uuid(d.pop("parent_step_uuid", UNSET))

        def _parse_branch_key(data: object) -> FlowStepBranchKeyType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                branch_key_type_0 = FlowStepBranchKeyType0(data)

                return branch_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepBranchKeyType0 | None | Unset, data)

        branch_key = _parse_branch_key(d.pop("branch_key", UNSET))

        _app = d.pop("app", UNSET)
        app: FlowStepApp | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = FlowStepApp.from_dict(_app)

        def _parse_trigger(data: object) -> FlowStepTriggerType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_flow_step_trigger_type_0 = FlowStepTriggerType0.from_dict(data)

                return componentsschemas_flow_step_trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepTriggerType0 | None | Unset, data)

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        def _parse_action(data: object) -> FlowStepActionType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_flow_step_action_type_0 = FlowStepActionType0.from_dict(data)

                return componentsschemas_flow_step_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepActionType0 | None | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_agent(data: object) -> FlowStepAgentType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_flow_step_agent_type_0 = FlowStepAgentType0.from_dict(data)

                return componentsschemas_flow_step_agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepAgentType0 | None | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_app_connection(data: object) -> FlowStepAppConnectionType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_flow_step_app_connection_type_0 = FlowStepAppConnectionType0.from_dict(data)

                return componentsschemas_flow_step_app_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepAppConnectionType0 | None | Unset, data)

        app_connection = _parse_app_connection(d.pop("app_connection", UNSET))

        _config = d.pop("config", UNSET)
        config: FlowStepConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FlowStepConfig.from_dict(_config)

        def _parse_last_test(data: object) -> FlowStepLastTestType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_test_type_0 = FlowStepLastTestType0.from_dict(data)

                return last_test_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStepLastTestType0 | None | Unset, data)

        last_test = _parse_last_test(d.pop("last_test", UNSET))

        flow_step = cls(
            uuid=uuid,
            position=position,
            kind=kind,
            status=status,
            parent_step_uuid=parent_step_uuid,
            branch_key=branch_key,
            app=app,
            trigger=trigger,
            action=action,
            agent=agent,
            app_connection=app_connection,
            config=config,
            last_test=last_test,
        )

        flow_step.additional_properties = d
        return flow_step

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
