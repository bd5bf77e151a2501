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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_position = self.position

        v_kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            v_kind = getattr(self.kind, "value", self.kind)

        v_status = self.status

        v_parent_step_uuid: str | Unset | None
        if isinstance(self.parent_step_uuid, Unset):
            v_parent_step_uuid = UNSET
        elif isinstance(self.parent_step_uuid, UUID):
            v_parent_step_uuid = (
                str(self.parent_step_uuid) if isinstance(self.parent_step_uuid, UUID) else self.parent_step_uuid
            )
        else:
            v_parent_step_uuid = self.parent_step_uuid

        v_branch_key: str | Unset | None
        if isinstance(self.branch_key, Unset):
            v_branch_key = UNSET
        elif isinstance(self.branch_key, FlowStepBranchKeyType0):
            v_branch_key = getattr(self.branch_key, "value", self.branch_key)
        else:
            v_branch_key = self.branch_key

        v_app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            v_app = self.app.to_dict() if isinstance(self.app, FlowStepApp) else self.app

        v_trigger: dict[str, Any] | Unset | None
        if isinstance(self.trigger, Unset):
            v_trigger = UNSET
        elif isinstance(self.trigger, FlowStepTriggerType0):
            v_trigger = self.trigger.to_dict() if isinstance(self.trigger, FlowStepTriggerType0) else self.trigger
        else:
            v_trigger = self.trigger

        v_action: dict[str, Any] | Unset | None
        if isinstance(self.action, Unset):
            v_action = UNSET
        elif isinstance(self.action, FlowStepActionType0):
            v_action = self.action.to_dict() if isinstance(self.action, FlowStepActionType0) else self.action
        else:
            v_action = self.action

        v_agent: dict[str, Any] | Unset | None
        if isinstance(self.agent, Unset):
            v_agent = UNSET
        elif isinstance(self.agent, FlowStepAgentType0):
            v_agent = self.agent.to_dict() if isinstance(self.agent, FlowStepAgentType0) else self.agent
        else:
            v_agent = self.agent

        v_app_connection: dict[str, Any] | Unset | None
        if isinstance(self.app_connection, Unset):
            v_app_connection = UNSET
        elif isinstance(self.app_connection, FlowStepAppConnectionType0):
            v_app_connection = (
                self.app_connection.to_dict()
                if isinstance(self.app_connection, FlowStepAppConnectionType0)
                else self.app_connection
            )
        else:
            v_app_connection = self.app_connection

        v_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            v_config = self.config.to_dict() if isinstance(self.config, FlowStepConfig) else self.config

        v_last_test: dict[str, Any] | Unset | None
        if isinstance(self.last_test, Unset):
            v_last_test = UNSET
        elif isinstance(self.last_test, FlowStepLastTestType0):
            v_last_test = (
                self.last_test.to_dict() if isinstance(self.last_test, FlowStepLastTestType0) else self.last_test
            )
        else:
            v_last_test = self.last_test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_position is not UNSET:
            field_dict["position"] = v_position
        if v_kind is not UNSET:
            field_dict["kind"] = v_kind
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_parent_step_uuid is not UNSET:
            field_dict["parent_step_uuid"] = v_parent_step_uuid
        if v_branch_key is not UNSET:
            field_dict["branch_key"] = v_branch_key
        if v_app is not UNSET:
            field_dict["app"] = v_app
        if v_trigger is not UNSET:
            field_dict["trigger"] = v_trigger
        if v_action is not UNSET:
            field_dict["action"] = v_action
        if v_agent is not UNSET:
            field_dict["agent"] = v_agent
        if v_app_connection is not UNSET:
            field_dict["app_connection"] = v_app_connection
        if v_config is not UNSET:
            field_dict["config"] = v_config
        if v_last_test is not UNSET:
            field_dict["last_test"] = v_last_test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "FlowStep.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("FlowStep.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "FlowStep.uuid")

        v_position = d.get("position", UNSET)
        if v_position is None:
            v_position = unexpected_null("FlowStep.position")

        v_kind = d.get("kind", UNSET)
        if v_kind.__class__ is str:
            v_kind = _values_FlowStepKind.get(v_kind) or enum_value(FlowStepKind, v_kind, "FlowStep.kind")
        elif v_kind is None:
            v_kind = unexpected_null("FlowStep.kind")
        elif v_kind is not UNSET and v_kind is not None:
            v_kind = mismatch(v_kind, "FlowStep.kind")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("FlowStep.status")

        v_parent_step_uuid = d.get("parent_step_uuid", UNSET)
        if v_parent_step_uuid.__class__ is str:
            v_parent_step_uuid = parse_uuid(v_parent_step_uuid, "FlowStep.parent_step_uuid")
        elif v_parent_step_uuid is not UNSET and v_parent_step_uuid is not None:
            v_parent_step_uuid = mismatch(v_parent_step_uuid, "FlowStep.parent_step_uuid")

        v_branch_key = d.get("branch_key", UNSET)
        if v_branch_key.__class__ is str:
            v_branch_key = _values_FlowStepBranchKeyType0.get(v_branch_key) or enum_value(
                FlowStepBranchKeyType0, v_branch_key, "FlowStep.branch_key"
            )
        elif v_branch_key is not UNSET and v_branch_key is not None:
            v_branch_key = mismatch(v_branch_key, "FlowStep.branch_key")

        v_app = d.get("app", UNSET)
        if v_app.__class__ is dict:
            v_app = _from_dict_FlowStepApp(v_app)
        elif v_app is None:
            v_app = unexpected_null("FlowStep.app")
        elif v_app is not UNSET and v_app is not None:
            v_app = mismatch(v_app, "FlowStep.app")

        v_trigger = d.get("trigger", UNSET)
        if v_trigger.__class__ is dict:
            v_trigger = _from_dict_FlowStepTriggerType0(v_trigger)
        elif v_trigger is not UNSET and v_trigger is not None:
            v_trigger = mismatch(v_trigger, "FlowStep.trigger")

        v_action = d.get("action", UNSET)
        if v_action.__class__ is dict:
            v_action = _from_dict_FlowStepActionType0(v_action)
        elif v_action is not UNSET and v_action is not None:
            v_action = mismatch(v_action, "FlowStep.action")

        v_agent = d.get("agent", UNSET)
        if v_agent.__class__ is dict:
            v_agent = _from_dict_FlowStepAgentType0(v_agent)
        elif v_agent is not UNSET and v_agent is not None:
            v_agent = mismatch(v_agent, "FlowStep.agent")

        v_app_connection = d.get("app_connection", UNSET)
        if v_app_connection.__class__ is dict:
            v_app_connection = _from_dict_FlowStepAppConnectionType0(v_app_connection)
        elif v_app_connection is not UNSET and v_app_connection is not None:
            v_app_connection = mismatch(v_app_connection, "FlowStep.app_connection")

        v_config = d.get("config", UNSET)
        if v_config.__class__ is dict:
            v_config = _from_dict_FlowStepConfig(v_config)
        elif v_config is None:
            v_config = unexpected_null("FlowStep.config")
        elif v_config is not UNSET and v_config is not None:
            v_config = mismatch(v_config, "FlowStep.config")

        v_last_test = d.get("last_test", UNSET)
        if v_last_test.__class__ is dict:
            v_last_test = _from_dict_FlowStepLastTestType0(v_last_test)
        elif v_last_test is not UNSET and v_last_test is not None:
            v_last_test = mismatch(v_last_test, "FlowStep.last_test")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.position = v_position
        _instance.kind = v_kind
        _instance.status = v_status
        _instance.parent_step_uuid = v_parent_step_uuid
        _instance.branch_key = v_branch_key
        _instance.app = v_app
        _instance.trigger = v_trigger
        _instance.action = v_action
        _instance.agent = v_agent
        _instance.app_connection = v_app_connection
        _instance.config = v_config
        _instance.last_test = v_last_test
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "FlowStep")
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


_values_FlowStepKind = FlowStepKind._value2member_map_


_values_FlowStepBranchKeyType0 = FlowStepBranchKeyType0._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
