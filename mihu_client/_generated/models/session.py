from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.conversation_contact import ConversationContact


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A session: one continuous burst of messages inside a conversation, the unit that gets summarised and evaluated."""

    uuid: UUID | Unset = UNSET
    started_at: datetime.datetime | Unset | None = UNSET
    ended_at: datetime.datetime | Unset | None = UNSET
    last_activity_at: datetime.datetime | Unset | None = UNSET
    evaluated_at: datetime.datetime | Unset | None = UNSET
    summary: str | Unset | None = UNSET
    summary_generated_at: datetime.datetime | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    conversation_uuid: UUID | Unset = UNSET
    agent_uuid: Unset | UUID | None = UNSET
    contact: ConversationContact | Unset | None = UNSET
    call_uuid: Unset | UUID | None = UNSET
    campaign_uuid: Unset | UUID | None = UNSET
    listing_uuid: Unset | UUID | None = UNSET
    task_uuids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            v_started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            v_started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )
        else:
            v_started_at = self.started_at

        v_ended_at: str | Unset | None
        if isinstance(self.ended_at, Unset):
            v_ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            v_ended_at = self.ended_at.isoformat() if isinstance(self.ended_at, datetime.datetime) else self.ended_at
        else:
            v_ended_at = self.ended_at

        v_last_activity_at: str | Unset | None
        if isinstance(self.last_activity_at, Unset):
            v_last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            v_last_activity_at = (
                self.last_activity_at.isoformat()
                if isinstance(self.last_activity_at, datetime.datetime)
                else self.last_activity_at
            )
        else:
            v_last_activity_at = self.last_activity_at

        v_evaluated_at: str | Unset | None
        if isinstance(self.evaluated_at, Unset):
            v_evaluated_at = UNSET
        elif isinstance(self.evaluated_at, datetime.datetime):
            v_evaluated_at = (
                self.evaluated_at.isoformat() if isinstance(self.evaluated_at, datetime.datetime) else self.evaluated_at
            )
        else:
            v_evaluated_at = self.evaluated_at

        v_summary: str | Unset | None
        if isinstance(self.summary, Unset):
            v_summary = UNSET
        else:
            v_summary = self.summary

        v_summary_generated_at: str | Unset | None
        if isinstance(self.summary_generated_at, Unset):
            v_summary_generated_at = UNSET
        elif isinstance(self.summary_generated_at, datetime.datetime):
            v_summary_generated_at = (
                self.summary_generated_at.isoformat()
                if isinstance(self.summary_generated_at, datetime.datetime)
                else self.summary_generated_at
            )
        else:
            v_summary_generated_at = self.summary_generated_at

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

        v_conversation_uuid: str | Unset = UNSET
        if not isinstance(self.conversation_uuid, Unset):
            v_conversation_uuid = (
                str(self.conversation_uuid) if isinstance(self.conversation_uuid, UUID) else self.conversation_uuid
            )

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

        v_contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            v_contact = UNSET
        elif isinstance(self.contact, ConversationContact):
            v_contact = self.contact.to_dict() if isinstance(self.contact, ConversationContact) else self.contact
        else:
            v_contact = self.contact

        v_call_uuid: str | Unset | None
        if isinstance(self.call_uuid, Unset):
            v_call_uuid = UNSET
        elif isinstance(self.call_uuid, UUID):
            v_call_uuid = str(self.call_uuid) if isinstance(self.call_uuid, UUID) else self.call_uuid
        else:
            v_call_uuid = self.call_uuid

        v_campaign_uuid: str | Unset | None
        if isinstance(self.campaign_uuid, Unset):
            v_campaign_uuid = UNSET
        elif isinstance(self.campaign_uuid, UUID):
            v_campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid
        else:
            v_campaign_uuid = self.campaign_uuid

        v_listing_uuid: str | Unset | None
        if isinstance(self.listing_uuid, Unset):
            v_listing_uuid = UNSET
        elif isinstance(self.listing_uuid, UUID):
            v_listing_uuid = str(self.listing_uuid) if isinstance(self.listing_uuid, UUID) else self.listing_uuid
        else:
            v_listing_uuid = self.listing_uuid

        v_task_uuids: list[str] | Unset = UNSET
        if not isinstance(self.task_uuids, Unset):
            if isinstance(self.task_uuids, list):
                v_task_uuids = []
                for v_task_uuids_item_data in self.task_uuids:
                    v_task_uuids_item = (
                        str(v_task_uuids_item_data)
                        if isinstance(v_task_uuids_item_data, UUID)
                        else v_task_uuids_item_data
                    )
                    v_task_uuids.append(v_task_uuids_item)
            else:
                v_task_uuids = self.task_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_started_at is not UNSET:
            field_dict["started_at"] = v_started_at
        if v_ended_at is not UNSET:
            field_dict["ended_at"] = v_ended_at
        if v_last_activity_at is not UNSET:
            field_dict["last_activity_at"] = v_last_activity_at
        if v_evaluated_at is not UNSET:
            field_dict["evaluated_at"] = v_evaluated_at
        if v_summary is not UNSET:
            field_dict["summary"] = v_summary
        if v_summary_generated_at is not UNSET:
            field_dict["summary_generated_at"] = v_summary_generated_at
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at
        if v_conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = v_conversation_uuid
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_contact is not UNSET:
            field_dict["contact"] = v_contact
        if v_call_uuid is not UNSET:
            field_dict["call_uuid"] = v_call_uuid
        if v_campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = v_campaign_uuid
        if v_listing_uuid is not UNSET:
            field_dict["listing_uuid"] = v_listing_uuid
        if v_task_uuids is not UNSET:
            field_dict["task_uuids"] = v_task_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Session.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Session.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Session.uuid")

        v_started_at = d.get("started_at", UNSET)
        if v_started_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_started_at = fromisoformat(v_started_at)
            except ValueError:
                v_started_at = parse_datetime(v_started_at, "Session.started_at")
        elif v_started_at is not UNSET and v_started_at is not None:
            v_started_at = mismatch(v_started_at, "Session.started_at")

        v_ended_at = d.get("ended_at", UNSET)
        if v_ended_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_ended_at = fromisoformat(v_ended_at)
            except ValueError:
                v_ended_at = parse_datetime(v_ended_at, "Session.ended_at")
        elif v_ended_at is not UNSET and v_ended_at is not None:
            v_ended_at = mismatch(v_ended_at, "Session.ended_at")

        v_last_activity_at = d.get("last_activity_at", UNSET)
        if v_last_activity_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_last_activity_at = fromisoformat(v_last_activity_at)
            except ValueError:
                v_last_activity_at = parse_datetime(v_last_activity_at, "Session.last_activity_at")
        elif v_last_activity_at is not UNSET and v_last_activity_at is not None:
            v_last_activity_at = mismatch(v_last_activity_at, "Session.last_activity_at")

        v_evaluated_at = d.get("evaluated_at", UNSET)
        if v_evaluated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_evaluated_at = fromisoformat(v_evaluated_at)
            except ValueError:
                v_evaluated_at = parse_datetime(v_evaluated_at, "Session.evaluated_at")
        elif v_evaluated_at is not UNSET and v_evaluated_at is not None:
            v_evaluated_at = mismatch(v_evaluated_at, "Session.evaluated_at")

        v_summary = d.get("summary", UNSET)

        v_summary_generated_at = d.get("summary_generated_at", UNSET)
        if v_summary_generated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_summary_generated_at = fromisoformat(v_summary_generated_at)
            except ValueError:
                v_summary_generated_at = parse_datetime(v_summary_generated_at, "Session.summary_generated_at")
        elif v_summary_generated_at is not UNSET and v_summary_generated_at is not None:
            v_summary_generated_at = mismatch(v_summary_generated_at, "Session.summary_generated_at")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Session.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Session.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Session.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Session.updated_at")

        v_conversation_uuid = d.get("conversation_uuid", UNSET)
        if v_conversation_uuid.__class__ is str:
            v_conversation_uuid = parse_uuid(v_conversation_uuid, "Session.conversation_uuid")
        elif v_conversation_uuid is None:
            v_conversation_uuid = unexpected_null("Session.conversation_uuid")
        elif v_conversation_uuid is not UNSET and v_conversation_uuid is not None:
            v_conversation_uuid = mismatch(v_conversation_uuid, "Session.conversation_uuid")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "Session.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "Session.agent_uuid")

        v_contact = d.get("contact", UNSET)
        if v_contact.__class__ is dict:
            v_contact = _from_dict_ConversationContact(v_contact)
        elif v_contact is not UNSET and v_contact is not None:
            v_contact = mismatch(v_contact, "Session.contact")

        v_call_uuid = d.get("call_uuid", UNSET)
        if v_call_uuid.__class__ is str:
            v_call_uuid = parse_uuid(v_call_uuid, "Session.call_uuid")
        elif v_call_uuid is not UNSET and v_call_uuid is not None:
            v_call_uuid = mismatch(v_call_uuid, "Session.call_uuid")

        v_campaign_uuid = d.get("campaign_uuid", UNSET)
        if v_campaign_uuid.__class__ is str:
            v_campaign_uuid = parse_uuid(v_campaign_uuid, "Session.campaign_uuid")
        elif v_campaign_uuid is not UNSET and v_campaign_uuid is not None:
            v_campaign_uuid = mismatch(v_campaign_uuid, "Session.campaign_uuid")

        v_listing_uuid = d.get("listing_uuid", UNSET)
        if v_listing_uuid.__class__ is str:
            v_listing_uuid = parse_uuid(v_listing_uuid, "Session.listing_uuid")
        elif v_listing_uuid is not UNSET and v_listing_uuid is not None:
            v_listing_uuid = mismatch(v_listing_uuid, "Session.listing_uuid")

        v_task_uuids = d.get("task_uuids", UNSET)
        if v_task_uuids.__class__ is list:
            v_task_uuids = [
                parse_uuid(_i0, "Session.task_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "Session.task_uuids", False)
                for _i0 in v_task_uuids
            ]
        elif v_task_uuids is None:
            v_task_uuids = unexpected_null("Session.task_uuids")
        elif v_task_uuids is not UNSET and v_task_uuids is not None:
            v_task_uuids = mismatch(v_task_uuids, "Session.task_uuids")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.started_at = v_started_at
        _instance.ended_at = v_ended_at
        _instance.last_activity_at = v_last_activity_at
        _instance.evaluated_at = v_evaluated_at
        _instance.summary = v_summary
        _instance.summary_generated_at = v_summary_generated_at
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.conversation_uuid = v_conversation_uuid
        _instance.agent_uuid = v_agent_uuid
        _instance.contact = v_contact
        _instance.call_uuid = v_call_uuid
        _instance.campaign_uuid = v_campaign_uuid
        _instance.listing_uuid = v_listing_uuid
        _instance.task_uuids = v_task_uuids
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Session")
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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "uuid",
        "started_at",
        "ended_at",
        "last_activity_at",
        "evaluated_at",
        "summary",
        "summary_generated_at",
        "created_at",
        "updated_at",
        "conversation_uuid",
        "agent_uuid",
        "contact",
        "call_uuid",
        "campaign_uuid",
        "listing_uuid",
        "task_uuids",
    )
)

from ..models.conversation_contact import ConversationContact

_from_dict_ConversationContact = ConversationContact.from_dict
