from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_create_request_type import TaskCreateRequestType
from ..types import UNSET, Unset

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

        type_ = self.type_.value

        agent_uuid = str(self.agent_uuid)

        scheduled_at = self.scheduled_at.isoformat()

        description = self.description

        contact_uuid: str | Unset = UNSET
        if not isinstance(self.contact_uuid, Unset):
            contact_uuid = str(self.contact_uuid)

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        campaign_uuid: str | Unset = UNSET
        if not isinstance(self.campaign_uuid, Unset):
            campaign_uuid = str(self.campaign_uuid)

        timezone = self.timezone

        priority = self.priority

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        max_attempts = self.max_attempts

        task_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_data, Unset):
            task_data = self.task_data.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
        from ..models.task_contact_input import TaskContactInput
        from ..models.task_create_request_metadata import TaskCreateRequestMetadata
        from ..models.task_data import TaskData

        d = dict(src_dict)
        title = d.pop("title")

        type_ = TaskCreateRequestType(d.pop("type"))

        agent_uuid = UUID(d.pop("agent_uuid"))

        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))

        description = d.pop("description", UNSET)

        _contact_uuid = d.pop("contact_uuid", UNSET)
        contact_uuid: UUID | Unset
        if isinstance(_contact_uuid, Unset):
            contact_uuid = UNSET
        else:
            contact_uuid = UUID(_contact_uuid)

        _contact = d.pop("contact", UNSET)
        contact: TaskContactInput | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = TaskContactInput.from_dict(_contact)

        _campaign_uuid = d.pop("campaign_uuid", UNSET)
        campaign_uuid: UUID | Unset
        if isinstance(_campaign_uuid, Unset):
            campaign_uuid = UNSET
        else:
            campaign_uuid = UUID(_campaign_uuid)

        timezone = d.pop("timezone", UNSET)

        priority = d.pop("priority", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        max_attempts = d.pop("max_attempts", UNSET)

        _task_data = d.pop("task_data", UNSET)
        task_data: TaskData | Unset
        if isinstance(_task_data, Unset):
            task_data = UNSET
        else:
            task_data = TaskData.from_dict(_task_data)

        _metadata = d.pop("metadata", UNSET)
        metadata: TaskCreateRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TaskCreateRequestMetadata.from_dict(_metadata)

        auto_queue = d.pop("auto_queue", UNSET)

        task_create_request = cls(
            title=title,
            type_=type_,
            agent_uuid=agent_uuid,
            scheduled_at=scheduled_at,
            description=description,
            contact_uuid=contact_uuid,
            contact=contact,
            campaign_uuid=campaign_uuid,
            timezone=timezone,
            priority=priority,
            expires_at=expires_at,
            max_attempts=max_attempts,
            task_data=task_data,
            metadata=metadata,
            auto_queue=auto_queue,
        )

        task_create_request.additional_properties = d
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
