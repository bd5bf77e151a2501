from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.task_metadata_type_0 import TaskMetadataType0
    from ..models.task_task_data_type_0 import TaskTaskDataType0


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """Scheduled unit of agent work. The response shape is not shown in the docs; fields mirror the create request and list
    filters.

    """

    uuid: UUID | Unset = UNSET
    title: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    type_: TaskType | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    priority: int | Unset | None = UNSET
    scheduled_at: datetime.datetime | Unset | None = UNSET
    expires_at: datetime.datetime | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    agent_uuid: Unset | UUID | None = UNSET
    contact_uuid: Unset | UUID | None = UNSET
    campaign_uuid: Unset | UUID | None = UNSET
    max_attempts: int | Unset | None = UNSET
    task_data: TaskTaskDataType0 | Unset | None = UNSET
    metadata: TaskMetadataType0 | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_title: str | Unset | None
        if isinstance(self.title, Unset):
            v_title = UNSET
        else:
            v_title = self.title

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            v_type_ = getattr(self.type_, "value", self.type_)

        v_status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            v_status = getattr(self.status, "value", self.status)

        v_priority: int | Unset | None
        if isinstance(self.priority, Unset):
            v_priority = UNSET
        else:
            v_priority = self.priority

        v_scheduled_at: str | Unset | None
        if isinstance(self.scheduled_at, Unset):
            v_scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            v_scheduled_at = (
                self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
            )
        else:
            v_scheduled_at = self.scheduled_at

        v_expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            v_expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            v_expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )
        else:
            v_expires_at = self.expires_at

        v_timezone: str | Unset | None
        if isinstance(self.timezone, Unset):
            v_timezone = UNSET
        else:
            v_timezone = self.timezone

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

        v_contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            v_contact_uuid = UNSET
        elif isinstance(self.contact_uuid, UUID):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid
        else:
            v_contact_uuid = self.contact_uuid

        v_campaign_uuid: str | Unset | None
        if isinstance(self.campaign_uuid, Unset):
            v_campaign_uuid = UNSET
        elif isinstance(self.campaign_uuid, UUID):
            v_campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid
        else:
            v_campaign_uuid = self.campaign_uuid

        v_max_attempts: int | Unset | None
        if isinstance(self.max_attempts, Unset):
            v_max_attempts = UNSET
        else:
            v_max_attempts = self.max_attempts

        v_task_data: dict[str, Any] | Unset | None
        if isinstance(self.task_data, Unset):
            v_task_data = UNSET
        elif isinstance(self.task_data, TaskTaskDataType0):
            v_task_data = self.task_data.to_dict() if isinstance(self.task_data, TaskTaskDataType0) else self.task_data
        else:
            v_task_data = self.task_data

        v_metadata: dict[str, Any] | Unset | None
        if isinstance(self.metadata, Unset):
            v_metadata = UNSET
        elif isinstance(self.metadata, TaskMetadataType0):
            v_metadata = self.metadata.to_dict() if isinstance(self.metadata, TaskMetadataType0) else self.metadata
        else:
            v_metadata = self.metadata

        v_created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            v_created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            v_created_at = self.created_at

        v_updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            v_updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            v_updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_title is not UNSET:
            field_dict["title"] = v_title
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority
        if v_scheduled_at is not UNSET:
            field_dict["scheduled_at"] = v_scheduled_at
        if v_expires_at is not UNSET:
            field_dict["expires_at"] = v_expires_at
        if v_timezone is not UNSET:
            field_dict["timezone"] = v_timezone
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = v_campaign_uuid
        if v_max_attempts is not UNSET:
            field_dict["max_attempts"] = v_max_attempts
        if v_task_data is not UNSET:
            field_dict["task_data"] = v_task_data
        if v_metadata is not UNSET:
            field_dict["metadata"] = v_metadata
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Task.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Task.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Task.uuid")

        v_title = d.get("title", UNSET)

        v_description = d.get("description", UNSET)

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_TaskType.get(v_type_) or enum_value(TaskType, v_type_, "Task.type")
        elif v_type_ is None:
            v_type_ = unexpected_null("Task.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "Task.type")

        v_status = d.get("status", UNSET)
        if v_status.__class__ is str:
            v_status = _values_TaskStatus.get(v_status) or enum_value(TaskStatus, v_status, "Task.status")
        elif v_status is None:
            v_status = unexpected_null("Task.status")
        elif v_status is not UNSET and v_status is not None:
            v_status = mismatch(v_status, "Task.status")

        v_priority = d.get("priority", UNSET)

        v_scheduled_at = d.get("scheduled_at", UNSET)
        if v_scheduled_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_scheduled_at = fromisoformat(v_scheduled_at)
            except ValueError:
                v_scheduled_at = parse_datetime(v_scheduled_at, "Task.scheduled_at")
        elif v_scheduled_at is not UNSET and v_scheduled_at is not None:
            v_scheduled_at = mismatch(v_scheduled_at, "Task.scheduled_at")

        v_expires_at = d.get("expires_at", UNSET)
        if v_expires_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_expires_at = fromisoformat(v_expires_at)
            except ValueError:
                v_expires_at = parse_datetime(v_expires_at, "Task.expires_at")
        elif v_expires_at is not UNSET and v_expires_at is not None:
            v_expires_at = mismatch(v_expires_at, "Task.expires_at")

        v_timezone = d.get("timezone", UNSET)

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "Task.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "Task.agent_uuid")

        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "Task.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "Task.contact_uuid")

        v_campaign_uuid = d.get("campaign_uuid", UNSET)
        if v_campaign_uuid.__class__ is str:
            v_campaign_uuid = parse_uuid(v_campaign_uuid, "Task.campaign_uuid")
        elif v_campaign_uuid is not UNSET and v_campaign_uuid is not None:
            v_campaign_uuid = mismatch(v_campaign_uuid, "Task.campaign_uuid")

        v_max_attempts = d.get("max_attempts", UNSET)

        v_task_data = d.get("task_data", UNSET)
        if v_task_data.__class__ is dict:
            v_task_data = _from_dict_TaskTaskDataType0(v_task_data)
        elif v_task_data is not UNSET and v_task_data is not None:
            v_task_data = mismatch(v_task_data, "Task.task_data")

        v_metadata = d.get("metadata", UNSET)
        if v_metadata.__class__ is dict:
            v_metadata = _from_dict_TaskMetadataType0(v_metadata)
        elif v_metadata is not UNSET and v_metadata is not None:
            v_metadata = mismatch(v_metadata, "Task.metadata")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Task.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Task.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Task.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Task.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.title = v_title
        _instance.description = v_description
        _instance.type_ = v_type_
        _instance.status = v_status
        _instance.priority = v_priority
        _instance.scheduled_at = v_scheduled_at
        _instance.expires_at = v_expires_at
        _instance.timezone = v_timezone
        _instance.agent_uuid = v_agent_uuid
        _instance.contact_uuid = v_contact_uuid
        _instance.campaign_uuid = v_campaign_uuid
        _instance.max_attempts = v_max_attempts
        _instance.task_data = v_task_data
        _instance.metadata = v_metadata
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
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


_values_TaskType = TaskType._value2member_map_

_values_TaskStatus = TaskStatus._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "uuid",
        "title",
        "description",
        "type",
        "status",
        "priority",
        "scheduled_at",
        "expires_at",
        "timezone",
        "agent_uuid",
        "contact_uuid",
        "campaign_uuid",
        "max_attempts",
        "task_data",
        "metadata",
        "created_at",
        "updated_at",
    )
)

from ..models.task_metadata_type_0 import TaskMetadataType0
from ..models.task_task_data_type_0 import TaskTaskDataType0

_from_dict_TaskTaskDataType0 = TaskTaskDataType0.from_dict


_from_dict_TaskMetadataType0 = TaskMetadataType0.from_dict
