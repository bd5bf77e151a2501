from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_flow_step_body_branch_key import CreateFlowStepBodyBranchKey
from ..models.create_flow_step_body_kind import CreateFlowStepBodyKind
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
        kind = getattr(self.kind, "value", self.kind)

        app_uid = self.app_uid

        trigger_key = self.trigger_key

        action_key = self.action_key

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

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict() if hasattr(self.config, "to_dict") else self.config

        insert_after_step_uuid: str | Unset = UNSET
        if not isinstance(self.insert_after_step_uuid, Unset):
            insert_after_step_uuid = (
                str(self.insert_after_step_uuid)
                if isinstance(self.insert_after_step_uuid, UUID)
                else self.insert_after_step_uuid
            )

        parent_step_uuid: str | Unset = UNSET
        if not isinstance(self.parent_step_uuid, Unset):
            parent_step_uuid = (
                str(self.parent_step_uuid) if isinstance(self.parent_step_uuid, UUID) else self.parent_step_uuid
            )

        branch_key: str | Unset = UNSET
        if not isinstance(self.branch_key, Unset):
            branch_key = getattr(self.branch_key, "value", self.branch_key)

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        kind = d.get("kind", UNSET)
        if kind.__class__ is str:
            kind = _values_CreateFlowStepBodyKind.get(kind) or enum_value(
                CreateFlowStepBodyKind, kind, "CreateFlowStepBody.kind"
            )
        elif kind is UNSET:
            kind = missing("CreateFlowStepBody.kind")
        elif kind is None:
            kind = unexpected_null("CreateFlowStepBody.kind")
        elif kind is not UNSET and kind is not None:
            kind = mismatch(kind, "CreateFlowStepBody.kind")

        app_uid = d.get("app_uid", UNSET)
        if app_uid is UNSET:
            app_uid = missing("CreateFlowStepBody.app_uid")
        if app_uid is None:
            app_uid = unexpected_null("CreateFlowStepBody.app_uid")

        trigger_key = d.get("trigger_key", UNSET)
        if trigger_key is None:
            trigger_key = unexpected_null("CreateFlowStepBody.trigger_key")

        action_key = d.get("action_key", UNSET)
        if action_key is None:
            action_key = unexpected_null("CreateFlowStepBody.action_key")

        app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if app_connection_uuid.__class__ is str:
            app_connection_uuid = parse_uuid(app_connection_uuid, "CreateFlowStepBody.app_connection_uuid")
        elif app_connection_uuid is not UNSET and app_connection_uuid is not None:
            app_connection_uuid = mismatch(app_connection_uuid, "CreateFlowStepBody.app_connection_uuid")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "CreateFlowStepBody.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "CreateFlowStepBody.agent_uuid")

        config = d.get("config", UNSET)
        if config.__class__ is dict:
            config = _from_dict_CreateFlowStepBodyConfig(config)
        elif config is None:
            config = unexpected_null("CreateFlowStepBody.config")
        elif config is not UNSET and config is not None:
            config = mismatch(config, "CreateFlowStepBody.config")

        insert_after_step_uuid = d.get("insert_after_step_uuid", UNSET)
        if insert_after_step_uuid.__class__ is str:
            insert_after_step_uuid = parse_uuid(insert_after_step_uuid, "CreateFlowStepBody.insert_after_step_uuid")
        elif insert_after_step_uuid is None:
            insert_after_step_uuid = unexpected_null("CreateFlowStepBody.insert_after_step_uuid")
        elif insert_after_step_uuid is not UNSET and insert_after_step_uuid is not None:
            insert_after_step_uuid = mismatch(insert_after_step_uuid, "CreateFlowStepBody.insert_after_step_uuid")

        parent_step_uuid = d.get("parent_step_uuid", UNSET)
        if parent_step_uuid.__class__ is str:
            parent_step_uuid = parse_uuid(parent_step_uuid, "CreateFlowStepBody.parent_step_uuid")
        elif parent_step_uuid is None:
            parent_step_uuid = unexpected_null("CreateFlowStepBody.parent_step_uuid")
        elif parent_step_uuid is not UNSET and parent_step_uuid is not None:
            parent_step_uuid = mismatch(parent_step_uuid, "CreateFlowStepBody.parent_step_uuid")

        branch_key = d.get("branch_key", UNSET)
        if branch_key.__class__ is str:
            branch_key = _values_CreateFlowStepBodyBranchKey.get(branch_key) or enum_value(
                CreateFlowStepBodyBranchKey, branch_key, "CreateFlowStepBody.branch_key"
            )
        elif branch_key is None:
            branch_key = unexpected_null("CreateFlowStepBody.branch_key")
        elif branch_key is not UNSET and branch_key is not None:
            branch_key = mismatch(branch_key, "CreateFlowStepBody.branch_key")

        create_flow_step_body = new_instance(cls)
        create_flow_step_body.kind = kind
        create_flow_step_body.app_uid = app_uid
        create_flow_step_body.trigger_key = trigger_key
        create_flow_step_body.action_key = action_key
        create_flow_step_body.app_connection_uuid = app_connection_uuid
        create_flow_step_body.agent_uuid = agent_uuid
        create_flow_step_body.config = config
        create_flow_step_body.insert_after_step_uuid = insert_after_step_uuid
        create_flow_step_body.parent_step_uuid = parent_step_uuid
        create_flow_step_body.branch_key = branch_key
        create_flow_step_body.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateFlowStepBody")
        )
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


_values_CreateFlowStepBodyKind = CreateFlowStepBodyKind._value2member_map_


_values_CreateFlowStepBodyBranchKey = CreateFlowStepBodyBranchKey._value2member_map_

_FIELD_NAMES = frozenset(
    (
        "kind",
        "app_uid",
        "trigger_key",
        "action_key",
        "app_connection_uuid",
        "agent_uuid",
        "config",
        "insert_after_step_uuid",
        "parent_step_uuid",
        "branch_key",
    )
)

from ..models.create_flow_step_body_config import CreateFlowStepBodyConfig

_from_dict_CreateFlowStepBodyConfig = CreateFlowStepBodyConfig.from_dict
