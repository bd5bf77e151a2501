from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_step_branch_key_type_0 import FlowStepBranchKeyType0
from ..models.flow_step_kind import FlowStepKind
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        position = self.position

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = getattr(self.kind, "value", self.kind)

        status = self.status

        parent_step_uuid: str | Unset | None
        if isinstance(self.parent_step_uuid, Unset):
            parent_step_uuid = UNSET
        elif isinstance(self.parent_step_uuid, UUID):
            parent_step_uuid = (
                str(self.parent_step_uuid) if isinstance(self.parent_step_uuid, UUID) else self.parent_step_uuid
            )
        else:
            parent_step_uuid = self.parent_step_uuid

        branch_key: str | Unset | None
        if isinstance(self.branch_key, Unset):
            branch_key = UNSET
        elif isinstance(self.branch_key, FlowStepBranchKeyType0):
            branch_key = getattr(self.branch_key, "value", self.branch_key)
        else:
            branch_key = self.branch_key

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict() if hasattr(self.app, "to_dict") else self.app

        trigger: dict[str, Any] | Unset | None
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, FlowStepTriggerType0):
            trigger = self.trigger.to_dict() if hasattr(self.trigger, "to_dict") else self.trigger
        else:
            trigger = self.trigger

        action: dict[str, Any] | Unset | None
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, FlowStepActionType0):
            action = self.action.to_dict() if hasattr(self.action, "to_dict") else self.action
        else:
            action = self.action

        agent: dict[str, Any] | Unset | None
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, FlowStepAgentType0):
            agent = self.agent.to_dict() if hasattr(self.agent, "to_dict") else self.agent
        else:
            agent = self.agent

        app_connection: dict[str, Any] | Unset | None
        if isinstance(self.app_connection, Unset):
            app_connection = UNSET
        elif isinstance(self.app_connection, FlowStepAppConnectionType0):
            app_connection = (
                self.app_connection.to_dict() if hasattr(self.app_connection, "to_dict") else self.app_connection
            )
        else:
            app_connection = self.app_connection

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict() if hasattr(self.config, "to_dict") else self.config

        last_test: dict[str, Any] | Unset | None
        if isinstance(self.last_test, Unset):
            last_test = UNSET
        elif isinstance(self.last_test, FlowStepLastTestType0):
            last_test = self.last_test.to_dict() if hasattr(self.last_test, "to_dict") else self.last_test
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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "FlowStep.uuid")
        elif uuid is None:
            uuid = unexpected_null("FlowStep.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "FlowStep.uuid")

        position = d.get("position", UNSET)
        if position is None:
            position = unexpected_null("FlowStep.position")

        kind = d.get("kind", UNSET)
        if kind.__class__ is str:
            kind = _values_FlowStepKind.get(kind) or enum_value(FlowStepKind, kind, "FlowStep.kind")
        elif kind is None:
            kind = unexpected_null("FlowStep.kind")
        elif kind is not UNSET and kind is not None:
            kind = mismatch(kind, "FlowStep.kind")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("FlowStep.status")

        parent_step_uuid = d.get("parent_step_uuid", UNSET)
        if parent_step_uuid.__class__ is str:
            parent_step_uuid = parse_uuid(parent_step_uuid, "FlowStep.parent_step_uuid")
        elif parent_step_uuid is not UNSET and parent_step_uuid is not None:
            parent_step_uuid = mismatch(parent_step_uuid, "FlowStep.parent_step_uuid")

        branch_key = d.get("branch_key", UNSET)
        if branch_key.__class__ is str:
            branch_key = _values_FlowStepBranchKeyType0.get(branch_key) or enum_value(
                FlowStepBranchKeyType0, branch_key, "FlowStep.branch_key"
            )
        elif branch_key is not UNSET and branch_key is not None:
            branch_key = mismatch(branch_key, "FlowStep.branch_key")

        app = d.get("app", UNSET)
        if app.__class__ is dict:
            app = _from_dict_FlowStepApp(app)
        elif app is None:
            app = unexpected_null("FlowStep.app")
        elif app is not UNSET and app is not None:
            app = mismatch(app, "FlowStep.app")

        trigger = d.get("trigger", UNSET)
        if trigger.__class__ is dict:
            trigger = _from_dict_FlowStepTriggerType0(trigger)
        elif trigger is not UNSET and trigger is not None:
            trigger = mismatch(trigger, "FlowStep.trigger")

        action = d.get("action", UNSET)
        if action.__class__ is dict:
            action = _from_dict_FlowStepActionType0(action)
        elif action is not UNSET and action is not None:
            action = mismatch(action, "FlowStep.action")

        agent = d.get("agent", UNSET)
        if agent.__class__ is dict:
            agent = _from_dict_FlowStepAgentType0(agent)
        elif agent is not UNSET and agent is not None:
            agent = mismatch(agent, "FlowStep.agent")

        app_connection = d.get("app_connection", UNSET)
        if app_connection.__class__ is dict:
            app_connection = _from_dict_FlowStepAppConnectionType0(app_connection)
        elif app_connection is not UNSET and app_connection is not None:
            app_connection = mismatch(app_connection, "FlowStep.app_connection")

        config = d.get("config", UNSET)
        if config.__class__ is dict:
            config = _from_dict_FlowStepConfig(config)
        elif config is None:
            config = unexpected_null("FlowStep.config")
        elif config is not UNSET and config is not None:
            config = mismatch(config, "FlowStep.config")

        last_test = d.get("last_test", UNSET)
        if last_test.__class__ is dict:
            last_test = _from_dict_FlowStepLastTestType0(last_test)
        elif last_test is not UNSET and last_test is not None:
            last_test = mismatch(last_test, "FlowStep.last_test")

        flow_step = new_instance(cls)
        flow_step.uuid = uuid
        flow_step.position = position
        flow_step.kind = kind
        flow_step.status = status
        flow_step.parent_step_uuid = parent_step_uuid
        flow_step.branch_key = branch_key
        flow_step.app = app
        flow_step.trigger = trigger
        flow_step.action = action
        flow_step.agent = agent
        flow_step.app_connection = app_connection
        flow_step.config = config
        flow_step.last_test = last_test
        flow_step.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStep")
        )
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


_values_FlowStepKind = FlowStepKind._value2member_map_


_values_FlowStepBranchKeyType0 = FlowStepBranchKeyType0._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "uuid",
        "position",
        "kind",
        "status",
        "parent_step_uuid",
        "branch_key",
        "app",
        "trigger",
        "action",
        "agent",
        "app_connection",
        "config",
        "last_test",
    )
)

from ..models.flow_step_action_type_0 import FlowStepActionType0
from ..models.flow_step_agent_type_0 import FlowStepAgentType0
from ..models.flow_step_app import FlowStepApp
from ..models.flow_step_app_connection_type_0 import FlowStepAppConnectionType0
from ..models.flow_step_config import FlowStepConfig
from ..models.flow_step_last_test_type_0 import FlowStepLastTestType0
from ..models.flow_step_trigger_type_0 import FlowStepTriggerType0

_from_dict_FlowStepApp = FlowStepApp.from_dict

_from_dict_FlowStepTriggerType0 = FlowStepTriggerType0.from_dict


_from_dict_FlowStepActionType0 = FlowStepActionType0.from_dict


_from_dict_FlowStepAgentType0 = FlowStepAgentType0.from_dict


_from_dict_FlowStepAppConnectionType0 = FlowStepAppConnectionType0.from_dict


_from_dict_FlowStepConfig = FlowStepConfig.from_dict

_from_dict_FlowStepLastTestType0 = FlowStepLastTestType0.from_dict
