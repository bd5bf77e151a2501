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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = getattr(self.type_, "value", self.type_)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        priority: int | Unset | None
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        scheduled_at: str | Unset | None
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = (
                self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
            )
        else:
            scheduled_at = self.scheduled_at

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )
        else:
            expires_at = self.expires_at

        timezone: str | Unset | None
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

        contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            contact_uuid = UNSET
        elif isinstance(self.contact_uuid, UUID):
            contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid
        else:
            contact_uuid = self.contact_uuid

        campaign_uuid: str | Unset | None
        if isinstance(self.campaign_uuid, Unset):
            campaign_uuid = UNSET
        elif isinstance(self.campaign_uuid, UUID):
            campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid
        else:
            campaign_uuid = self.campaign_uuid

        max_attempts: int | Unset | None
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        task_data: dict[str, Any] | Unset | None
        if isinstance(self.task_data, Unset):
            task_data = UNSET
        elif isinstance(self.task_data, TaskTaskDataType0):
            task_data = self.task_data.to_dict() if hasattr(self.task_data, "to_dict") else self.task_data
        else:
            task_data = self.task_data

        metadata: dict[str, Any] | Unset | None
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TaskMetadataType0):
            metadata = self.metadata.to_dict() if hasattr(self.metadata, "to_dict") else self.metadata
        else:
            metadata = self.metadata

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = campaign_uuid
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if task_data is not UNSET:
            field_dict["task_data"] = task_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Task.uuid")
        elif uuid is None:
            uuid = unexpected_null("Task.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Task.uuid")

        title = d.get("title", UNSET)

        description = d.get("description", UNSET)

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_TaskType.get(type_) or enum_value(TaskType, type_, "Task.type")
        elif type_ is None:
            type_ = unexpected_null("Task.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "Task.type")

        status = d.get("status", UNSET)
        if status.__class__ is str:
            status = _values_TaskStatus.get(status) or enum_value(TaskStatus, status, "Task.status")
        elif status is None:
            status = unexpected_null("Task.status")
        elif status is not UNSET and status is not None:
            status = mismatch(status, "Task.status")

        priority = d.get("priority", UNSET)

        scheduled_at = d.get("scheduled_at", UNSET)
        if scheduled_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                scheduled_at = fromisoformat(scheduled_at)
            except ValueError:
                scheduled_at = parse_datetime(scheduled_at, "Task.scheduled_at")
        elif scheduled_at is not UNSET and scheduled_at is not None:
            scheduled_at = mismatch(scheduled_at, "Task.scheduled_at")

        expires_at = d.get("expires_at", UNSET)
        if expires_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                expires_at = fromisoformat(expires_at)
            except ValueError:
                expires_at = parse_datetime(expires_at, "Task.expires_at")
        elif expires_at is not UNSET and expires_at is not None:
            expires_at = mismatch(expires_at, "Task.expires_at")

        timezone = d.get("timezone", UNSET)

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "Task.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "Task.agent_uuid")

        contact_uuid = d.get("contact_uuid", UNSET)
        if contact_uuid.__class__ is str:
            contact_uuid = parse_uuid(contact_uuid, "Task.contact_uuid")
        elif contact_uuid is not UNSET and contact_uuid is not None:
            contact_uuid = mismatch(contact_uuid, "Task.contact_uuid")

        campaign_uuid = d.get("campaign_uuid", UNSET)
        if campaign_uuid.__class__ is str:
            campaign_uuid = parse_uuid(campaign_uuid, "Task.campaign_uuid")
        elif campaign_uuid is not UNSET and campaign_uuid is not None:
            campaign_uuid = mismatch(campaign_uuid, "Task.campaign_uuid")

        max_attempts = d.get("max_attempts", UNSET)

        task_data = d.get("task_data", UNSET)
        if task_data.__class__ is dict:
            task_data = _from_dict_TaskTaskDataType0(task_data)
        elif task_data is not UNSET and task_data is not None:
            task_data = mismatch(task_data, "Task.task_data")

        metadata = d.get("metadata", UNSET)
        if metadata.__class__ is dict:
            metadata = _from_dict_TaskMetadataType0(metadata)
        elif metadata is not UNSET and metadata is not None:
            metadata = mismatch(metadata, "Task.metadata")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Task.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Task.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Task.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Task.updated_at")

        task = new_instance(cls)
        task.uuid = uuid
        task.title = title
        task.description = description
        task.type_ = type_
        task.status = status
        task.priority = priority
        task.scheduled_at = scheduled_at
        task.expires_at = expires_at
        task.timezone = timezone
        task.agent_uuid = agent_uuid
        task.contact_uuid = contact_uuid
        task.campaign_uuid = campaign_uuid
        task.max_attempts = max_attempts
        task.task_data = task_data
        task.metadata = metadata
        task.created_at = created_at
        task.updated_at = updated_at
        task.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return task

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


_FIELD_NAMES = frozenset(
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
