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
        v_title = self.title

        v_type_ = getattr(self.type_, "value", self.type_)

        v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        v_scheduled_at = (
            self.scheduled_at.isoformat() if isinstance(self.scheduled_at, datetime.datetime) else self.scheduled_at
        )

        v_description = self.description

        v_contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid

        v_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            v_contact = self.contact.to_dict() if isinstance(self.contact, TaskContactInput) else self.contact

        v_campaign_uuid: str | Unset = UNSET
        if not isinstance(self.campaign_uuid, Unset):
            v_campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid

        v_timezone = self.timezone

        v_priority = self.priority

        v_expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            v_expires_at = (
                self.expires_at.isoformat() if isinstance(self.expires_at, datetime.datetime) else self.expires_at
            )

        v_max_attempts = self.max_attempts

        v_task_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_data, Unset):
            v_task_data = self.task_data.to_dict() if isinstance(self.task_data, TaskData) else self.task_data

        v_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            v_metadata = (
                self.metadata.to_dict() if isinstance(self.metadata, TaskCreateRequestMetadata) else self.metadata
            )

        v_auto_queue = self.auto_queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_title, Unset):
            field_dict["title"] = v_title
        if not isinstance(v_type_, Unset):
            field_dict["type"] = v_type_
        if not isinstance(v_agent_uuid, Unset):
            field_dict["agent_uuid"] = v_agent_uuid
        if not isinstance(v_scheduled_at, Unset):
            field_dict["scheduled_at"] = v_scheduled_at
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_contact is not UNSET:
            field_dict["contact"] = v_contact
        if v_campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = v_campaign_uuid
        if v_timezone is not UNSET:
            field_dict["timezone"] = v_timezone
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority
        if v_expires_at is not UNSET:
            field_dict["expires_at"] = v_expires_at
        if v_max_attempts is not UNSET:
            field_dict["max_attempts"] = v_max_attempts
        if v_task_data is not UNSET:
            field_dict["task_data"] = v_task_data
        if v_metadata is not UNSET:
            field_dict["metadata"] = v_metadata
        if v_auto_queue is not UNSET:
            field_dict["auto_queue"] = v_auto_queue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_title = d.get("title", UNSET)
        if v_title is UNSET:
            v_title = missing("TaskCreateRequest.title")
        if v_title is None:
            v_title = unexpected_null("TaskCreateRequest.title")

        v_type_ = d.get("type", UNSET)
        if v_type_.__class__ is str:
            v_type_ = _values_TaskCreateRequestType.get(v_type_) or enum_value(
                TaskCreateRequestType, v_type_, "TaskCreateRequest.type"
            )
        elif v_type_ is UNSET:
            v_type_ = missing("TaskCreateRequest.type")
        elif v_type_ is None:
            v_type_ = unexpected_null("TaskCreateRequest.type")
        elif v_type_ is not UNSET and v_type_ is not None:
            v_type_ = mismatch(v_type_, "TaskCreateRequest.type")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "TaskCreateRequest.agent_uuid")
        elif v_agent_uuid is UNSET:
            v_agent_uuid = missing("TaskCreateRequest.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("TaskCreateRequest.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "TaskCreateRequest.agent_uuid")

        v_scheduled_at = d.get("scheduled_at", UNSET)
        if v_scheduled_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_scheduled_at = fromisoformat(v_scheduled_at)
            except ValueError:
                v_scheduled_at = parse_datetime(v_scheduled_at, "TaskCreateRequest.scheduled_at")
        elif v_scheduled_at is UNSET:
            v_scheduled_at = missing("TaskCreateRequest.scheduled_at")
        elif v_scheduled_at is None:
            v_scheduled_at = unexpected_null("TaskCreateRequest.scheduled_at")
        elif v_scheduled_at is not UNSET and v_scheduled_at is not None:
            v_scheduled_at = mismatch(v_scheduled_at, "TaskCreateRequest.scheduled_at")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("TaskCreateRequest.description")

        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "TaskCreateRequest.contact_uuid")
        elif v_contact_uuid is None:
            v_contact_uuid = unexpected_null("TaskCreateRequest.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "TaskCreateRequest.contact_uuid")

        v_contact = d.get("contact", UNSET)
        if v_contact.__class__ is dict:
            v_contact = _from_dict_TaskContactInput(v_contact)
        elif v_contact is None:
            v_contact = unexpected_null("TaskCreateRequest.contact")
        elif v_contact is not UNSET and v_contact is not None:
            v_contact = mismatch(v_contact, "TaskCreateRequest.contact")

        v_campaign_uuid = d.get("campaign_uuid", UNSET)
        if v_campaign_uuid.__class__ is str:
            v_campaign_uuid = parse_uuid(v_campaign_uuid, "TaskCreateRequest.campaign_uuid")
        elif v_campaign_uuid is None:
            v_campaign_uuid = unexpected_null("TaskCreateRequest.campaign_uuid")
        elif v_campaign_uuid is not UNSET and v_campaign_uuid is not None:
            v_campaign_uuid = mismatch(v_campaign_uuid, "TaskCreateRequest.campaign_uuid")

        v_timezone = d.get("timezone", UNSET)
        if v_timezone is None:
            v_timezone = unexpected_null("TaskCreateRequest.timezone")

        v_priority = d.get("priority", UNSET)
        if v_priority is None:
            v_priority = unexpected_null("TaskCreateRequest.priority")

        v_expires_at = d.get("expires_at", UNSET)
        if v_expires_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_expires_at = fromisoformat(v_expires_at)
            except ValueError:
                v_expires_at = parse_datetime(v_expires_at, "TaskCreateRequest.expires_at")
        elif v_expires_at is None:
            v_expires_at = unexpected_null("TaskCreateRequest.expires_at")
        elif v_expires_at is not UNSET and v_expires_at is not None:
            v_expires_at = mismatch(v_expires_at, "TaskCreateRequest.expires_at")

        v_max_attempts = d.get("max_attempts", UNSET)
        if v_max_attempts is None:
            v_max_attempts = unexpected_null("TaskCreateRequest.max_attempts")

        v_task_data = d.get("task_data", UNSET)
        if v_task_data.__class__ is dict:
            v_task_data = _from_dict_TaskData(v_task_data)
        elif v_task_data is None:
            v_task_data = unexpected_null("TaskCreateRequest.task_data")
        elif v_task_data is not UNSET and v_task_data is not None:
            v_task_data = mismatch(v_task_data, "TaskCreateRequest.task_data")

        v_metadata = d.get("metadata", UNSET)
        if v_metadata.__class__ is dict:
            v_metadata = _from_dict_TaskCreateRequestMetadata(v_metadata)
        elif v_metadata is None:
            v_metadata = unexpected_null("TaskCreateRequest.metadata")
        elif v_metadata is not UNSET and v_metadata is not None:
            v_metadata = mismatch(v_metadata, "TaskCreateRequest.metadata")

        v_auto_queue = d.get("auto_queue", UNSET)
        if v_auto_queue is None:
            v_auto_queue = unexpected_null("TaskCreateRequest.auto_queue")

        _instance = new_instance(cls)
        _instance.title = v_title
        _instance.type_ = v_type_
        _instance.agent_uuid = v_agent_uuid
        _instance.scheduled_at = v_scheduled_at
        _instance.description = v_description
        _instance.contact_uuid = v_contact_uuid
        _instance.contact = v_contact
        _instance.campaign_uuid = v_campaign_uuid
        _instance.timezone = v_timezone
        _instance.priority = v_priority
        _instance.expires_at = v_expires_at
        _instance.max_attempts = v_max_attempts
        _instance.task_data = v_task_data
        _instance.metadata = v_metadata
        _instance.auto_queue = v_auto_queue
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TaskCreateRequest")
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


_values_TaskCreateRequestType = TaskCreateRequestType._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
