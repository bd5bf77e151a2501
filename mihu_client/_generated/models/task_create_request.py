from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_create_request_type import TaskCreateRequestType
from ..types import (
    UNSET,
    Unset,
    enum_value,
    fromisoformat,
    mismatch,
    missing,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.task_contact_input import TaskContactInput
    from ..models.task_create_request_metadata import TaskCreateRequestMetadata
    from ..models.task_data import TaskData


T = TypeVar("T", bound="TaskCreateRequest")


@_attrs_define
class TaskCreateRequest:
    title: str
    type_: TaskCreateRequestType
    """ Use make_call for calls and send_message (with task_data.message_type=whatsapp_template) for WhatsApp
    templates. """
    agent_uuid: UUID
    scheduled_at: datetime.datetime
    """ Execution time; must be in the future. """
    description: str | Unset = UNSET
    contact_uuid: UUID | Unset = UNSET
    """ Existing contact; send either this or contact. """
    contact: TaskContactInput | Unset = UNSET
    """ Contact details used to find an existing contact (by phone or email) or create a new one. """
    campaign_uuid: UUID | Unset = UNSET
    timezone: str | Unset = UNSET
    priority: int | Unset = 5
    """ 1 (lowest) to 10; default 5. """
    expires_at: datetime.datetime | Unset = UNSET
    max_attempts: int | Unset = 3
    """ Retry ceiling; default 3. """
    task_data: TaskData | Unset = UNSET
    """ Type-specific payload. WhatsApp template sends need message_type=whatsapp_template and template_uuid; calls
    can omit it. """
    metadata: TaskCreateRequestMetadata | Unset = UNSET
    auto_queue: bool | Unset = False
    """ Queue the task for execution right away. Default false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = getattr(self.type_, "value", self.type_)

        agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        scheduled_at = (
            self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
        )

        description = self.description

        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict() if hasattr(self.contact, "to_dict") else self.contact

        campaign_uuid: str | Unset = UNSET
        if not isinstance(self.campaign_uuid, Unset):
            campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid

        timezone = self.timezone

        priority = self.priority

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )

        max_attempts = self.max_attempts

        task_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_data, Unset):
            task_data = self.task_data.to_dict() if hasattr(self.task_data, "to_dict") else self.task_data

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict() if hasattr(self.metadata, "to_dict") else self.metadata

        auto_queue = self.auto_queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "agent_uuid": agent_uuid,
                "scheduled_at": scheduled_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if contact is not UNSET:
            field_dict["contact"] = contact
        if campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = campaign_uuid
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if priority is not UNSET:
            field_dict["priority"] = priority
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if task_data is not UNSET:
            field_dict["task_data"] = task_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if auto_queue is not UNSET:
            field_dict["auto_queue"] = auto_queue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        title = d.get("title", UNSET)
        if title is UNSET:
            title = missing("TaskCreateRequest.title")
        if title is None:
            title = unexpected_null("TaskCreateRequest.title")

        type_ = d.get("type", UNSET)
        if type_.__class__ is str:
            type_ = _values_TaskCreateRequestType.get(type_) or enum_value(
                TaskCreateRequestType, type_, "TaskCreateRequest.type"
            )
        elif type_ is UNSET:
            type_ = missing("TaskCreateRequest.type")
        elif type_ is None:
            type_ = unexpected_null("TaskCreateRequest.type")
        elif type_ is not UNSET and type_ is not None:
            type_ = mismatch(type_, "TaskCreateRequest.type")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "TaskCreateRequest.agent_uuid")
        elif agent_uuid is UNSET:
            agent_uuid = missing("TaskCreateRequest.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("TaskCreateRequest.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "TaskCreateRequest.agent_uuid")

        scheduled_at = d.get("scheduled_at", UNSET)
        if scheduled_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                scheduled_at = fromisoformat(scheduled_at)
            except ValueError:
                scheduled_at = parse_datetime(scheduled_at, "TaskCreateRequest.scheduled_at")
        elif scheduled_at is UNSET:
            scheduled_at = missing("TaskCreateRequest.scheduled_at")
        elif scheduled_at is None:
            scheduled_at = unexpected_null("TaskCreateRequest.scheduled_at")
        elif scheduled_at is not UNSET and scheduled_at is not None:
            scheduled_at = mismatch(scheduled_at, "TaskCreateRequest.scheduled_at")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("TaskCreateRequest.description")

        contact_uuid = d.get("contact_uuid", UNSET)
        if contact_uuid.__class__ is str:
            contact_uuid = parse_uuid(contact_uuid, "TaskCreateRequest.contact_uuid")
        elif contact_uuid is None:
            contact_uuid = unexpected_null("TaskCreateRequest.contact_uuid")
        elif contact_uuid is not UNSET and contact_uuid is not None:
            contact_uuid = mismatch(contact_uuid, "TaskCreateRequest.contact_uuid")

        contact = d.get("contact", UNSET)
        if contact.__class__ is dict:
            contact = _from_dict_TaskContactInput(contact)
        elif contact is None:
            contact = unexpected_null("TaskCreateRequest.contact")
        elif contact is not UNSET and contact is not None:
            contact = mismatch(contact, "TaskCreateRequest.contact")

        campaign_uuid = d.get("campaign_uuid", UNSET)
        if campaign_uuid.__class__ is str:
            campaign_uuid = parse_uuid(campaign_uuid, "TaskCreateRequest.campaign_uuid")
        elif campaign_uuid is None:
            campaign_uuid = unexpected_null("TaskCreateRequest.campaign_uuid")
        elif campaign_uuid is not UNSET and campaign_uuid is not None:
            campaign_uuid = mismatch(campaign_uuid, "TaskCreateRequest.campaign_uuid")

        timezone = d.get("timezone", UNSET)
        if timezone is None:
            timezone = unexpected_null("TaskCreateRequest.timezone")

        priority = d.get("priority", UNSET)
        if priority is None:
            priority = unexpected_null("TaskCreateRequest.priority")

        expires_at = d.get("expires_at", UNSET)
        if expires_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                expires_at = fromisoformat(expires_at)
            except ValueError:
                expires_at = parse_datetime(expires_at, "TaskCreateRequest.expires_at")
        elif expires_at is None:
            expires_at = unexpected_null("TaskCreateRequest.expires_at")
        elif expires_at is not UNSET and expires_at is not None:
            expires_at = mismatch(expires_at, "TaskCreateRequest.expires_at")

        max_attempts = d.get("max_attempts", UNSET)
        if max_attempts is None:
            max_attempts = unexpected_null("TaskCreateRequest.max_attempts")

        task_data = d.get("task_data", UNSET)
        if task_data.__class__ is dict:
            task_data = _from_dict_TaskData(task_data)
        elif task_data is None:
            task_data = unexpected_null("TaskCreateRequest.task_data")
        elif task_data is not UNSET and task_data is not None:
            task_data = mismatch(task_data, "TaskCreateRequest.task_data")

        metadata = d.get("metadata", UNSET)
        if metadata.__class__ is dict:
            metadata = _from_dict_TaskCreateRequestMetadata(metadata)
        elif metadata is None:
            metadata = unexpected_null("TaskCreateRequest.metadata")
        elif metadata is not UNSET and metadata is not None:
            metadata = mismatch(metadata, "TaskCreateRequest.metadata")

        auto_queue = d.get("auto_queue", UNSET)
        if auto_queue is None:
            auto_queue = unexpected_null("TaskCreateRequest.auto_queue")

        task_create_request = new_instance(cls)
        task_create_request.title = title
        task_create_request.type_ = type_
        task_create_request.agent_uuid = agent_uuid
        task_create_request.scheduled_at = scheduled_at
        task_create_request.description = description
        task_create_request.contact_uuid = contact_uuid
        task_create_request.contact = contact
        task_create_request.campaign_uuid = campaign_uuid
        task_create_request.timezone = timezone
        task_create_request.priority = priority
        task_create_request.expires_at = expires_at
        task_create_request.max_attempts = max_attempts
        task_create_request.task_data = task_data
        task_create_request.metadata = metadata
        task_create_request.auto_queue = auto_queue
        task_create_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TaskCreateRequest")
        )
        return task_create_request

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


_values_TaskCreateRequestType = TaskCreateRequestType._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "title",
        "type",
        "agent_uuid",
        "scheduled_at",
        "description",
        "contact_uuid",
        "contact",
        "campaign_uuid",
        "timezone",
        "priority",
        "expires_at",
        "max_attempts",
        "task_data",
        "metadata",
        "auto_queue",
    )
)

from ..models.task_contact_input import TaskContactInput
from ..models.task_create_request_metadata import TaskCreateRequestMetadata
from ..models.task_data import TaskData

_from_dict_TaskContactInput = TaskContactInput.from_dict


_from_dict_TaskData = TaskData.from_dict

_from_dict_TaskCreateRequestMetadata = TaskCreateRequestMetadata.from_dict
