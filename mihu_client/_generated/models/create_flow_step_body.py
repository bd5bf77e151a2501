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
        v_kind = getattr(self.kind, "value", self.kind)

        v_app_uid = self.app_uid

        v_trigger_key = self.trigger_key

        v_action_key = self.action_key

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

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

        v_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            v_config = self.config.to_dict() if isinstance(self.config, CreateFlowStepBodyConfig) else self.config

        v_insert_after_step_uuid: str | Unset = UNSET
        if not isinstance(self.insert_after_step_uuid, Unset):
            v_insert_after_step_uuid = (
                str(self.insert_after_step_uuid)
                if isinstance(self.insert_after_step_uuid, UUID)
                else self.insert_after_step_uuid
            )

        v_parent_step_uuid: str | Unset = UNSET
        if not isinstance(self.parent_step_uuid, Unset):
            v_parent_step_uuid = (
                str(self.parent_step_uuid) if isinstance(self.parent_step_uuid, UUID) else self.parent_step_uuid
            )

        v_branch_key: str | Unset = UNSET
        if not isinstance(self.branch_key, Unset):
            v_branch_key = getattr(self.branch_key, "value", self.branch_key)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_kind, Unset):
            field_dict["kind"] = v_kind
        if not isinstance(v_app_uid, Unset):
            field_dict["app_uid"] = v_app_uid
        if v_trigger_key is not UNSET:
            field_dict["trigger_key"] = v_trigger_key
        if v_action_key is not UNSET:
            field_dict["action_key"] = v_action_key
        if v_app_connection_uuid is not UNSET:
            field_dict["app_connection_uuid"] = v_app_connection_uuid
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_config is not UNSET:
            field_dict["config"] = v_config
        if v_insert_after_step_uuid is not UNSET:
            field_dict["insert_after_step_uuid"] = v_insert_after_step_uuid
        if v_parent_step_uuid is not UNSET:
            field_dict["parent_step_uuid"] = v_parent_step_uuid
        if v_branch_key is not UNSET:
            field_dict["branch_key"] = v_branch_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_kind = d.get("kind", UNSET)
        if v_kind.__class__ is str:
            v_kind = _values_CreateFlowStepBodyKind.get(v_kind) or enum_value(
                CreateFlowStepBodyKind, v_kind, "CreateFlowStepBody.kind"
            )
        elif v_kind is UNSET:
            v_kind = missing("CreateFlowStepBody.kind")
        elif v_kind is None:
            v_kind = unexpected_null("CreateFlowStepBody.kind")
        elif v_kind is not UNSET and v_kind is not None:
            v_kind = mismatch(v_kind, "CreateFlowStepBody.kind")

        v_app_uid = d.get("app_uid", UNSET)
        if v_app_uid is UNSET:
            v_app_uid = missing("CreateFlowStepBody.app_uid")
        if v_app_uid is None:
            v_app_uid = unexpected_null("CreateFlowStepBody.app_uid")

        v_trigger_key = d.get("trigger_key", UNSET)
        if v_trigger_key is None:
            v_trigger_key = unexpected_null("CreateFlowStepBody.trigger_key")

        v_action_key = d.get("action_key", UNSET)
        if v_action_key is None:
            v_action_key = unexpected_null("CreateFlowStepBody.action_key")

        v_app_connection_uuid = d.get("app_connection_uuid", UNSET)
        if v_app_connection_uuid.__class__ is str:
            v_app_connection_uuid = parse_uuid(v_app_connection_uuid, "CreateFlowStepBody.app_connection_uuid")
        elif v_app_connection_uuid is not UNSET and v_app_connection_uuid is not None:
            v_app_connection_uuid = mismatch(v_app_connection_uuid, "CreateFlowStepBody.app_connection_uuid")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "CreateFlowStepBody.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "CreateFlowStepBody.agent_uuid")

        v_config = d.get("config", UNSET)
        if v_config.__class__ is dict:
            v_config = _from_dict_CreateFlowStepBodyConfig(v_config)
        elif v_config is None:
            v_config = unexpected_null("CreateFlowStepBody.config")
        elif v_config is not UNSET and v_config is not None:
            v_config = mismatch(v_config, "CreateFlowStepBody.config")

        v_insert_after_step_uuid = d.get("insert_after_step_uuid", UNSET)
        if v_insert_after_step_uuid.__class__ is str:
            v_insert_after_step_uuid = parse_uuid(v_insert_after_step_uuid, "CreateFlowStepBody.insert_after_step_uuid")
        elif v_insert_after_step_uuid is None:
            v_insert_after_step_uuid = unexpected_null("CreateFlowStepBody.insert_after_step_uuid")
        elif v_insert_after_step_uuid is not UNSET and v_insert_after_step_uuid is not None:
            v_insert_after_step_uuid = mismatch(v_insert_after_step_uuid, "CreateFlowStepBody.insert_after_step_uuid")

        v_parent_step_uuid = d.get("parent_step_uuid", UNSET)
        if v_parent_step_uuid.__class__ is str:
            v_parent_step_uuid = parse_uuid(v_parent_step_uuid, "CreateFlowStepBody.parent_step_uuid")
        elif v_parent_step_uuid is None:
            v_parent_step_uuid = unexpected_null("CreateFlowStepBody.parent_step_uuid")
        elif v_parent_step_uuid is not UNSET and v_parent_step_uuid is not None:
            v_parent_step_uuid = mismatch(v_parent_step_uuid, "CreateFlowStepBody.parent_step_uuid")

        v_branch_key = d.get("branch_key", UNSET)
        if v_branch_key.__class__ is str:
            v_branch_key = _values_CreateFlowStepBodyBranchKey.get(v_branch_key) or enum_value(
                CreateFlowStepBodyBranchKey, v_branch_key, "CreateFlowStepBody.branch_key"
            )
        elif v_branch_key is None:
            v_branch_key = unexpected_null("CreateFlowStepBody.branch_key")
        elif v_branch_key is not UNSET and v_branch_key is not None:
            v_branch_key = mismatch(v_branch_key, "CreateFlowStepBody.branch_key")

        _instance = new_instance(cls)
        _instance.kind = v_kind
        _instance.app_uid = v_app_uid
        _instance.trigger_key = v_trigger_key
        _instance.action_key = v_action_key
        _instance.app_connection_uuid = v_app_connection_uuid
        _instance.agent_uuid = v_agent_uuid
        _instance.config = v_config
        _instance.insert_after_step_uuid = v_insert_after_step_uuid
        _instance.parent_step_uuid = v_parent_step_uuid
        _instance.branch_key = v_branch_key
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CreateFlowStepBody")
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


_values_CreateFlowStepBodyKind = CreateFlowStepBodyKind._value2member_map_


_values_CreateFlowStepBodyBranchKey = CreateFlowStepBodyBranchKey._value2member_map_

_FIELD_NAMES: frozenset[str] = frozenset(
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
