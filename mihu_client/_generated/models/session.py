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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = (
                self.started_at.isoformat() if isinstance(self.started_at, datetime.datetime) else self.started_at
            )
        else:
            started_at = self.started_at

        ended_at: str | Unset | None
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat() if isinstance(self.ended_at, datetime.datetime) else self.ended_at
        else:
            ended_at = self.ended_at

        last_activity_at: str | Unset | None
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = (
                self.last_activity_at.isoformat()
                if isinstance(self.last_activity_at, datetime.datetime)
                else self.last_activity_at
            )
        else:
            last_activity_at = self.last_activity_at

        evaluated_at: str | Unset | None
        if isinstance(self.evaluated_at, Unset):
            evaluated_at = UNSET
        elif isinstance(self.evaluated_at, datetime.datetime):
            evaluated_at = (
                self.evaluated_at.isoformat() if isinstance(self.evaluated_at, datetime.datetime) else self.evaluated_at
            )
        else:
            evaluated_at = self.evaluated_at

        summary: str | Unset | None
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        summary_generated_at: str | Unset | None
        if isinstance(self.summary_generated_at, Unset):
            summary_generated_at = UNSET
        elif isinstance(self.summary_generated_at, datetime.datetime):
            summary_generated_at = (
                self.summary_generated_at.isoformat()
                if isinstance(self.summary_generated_at, datetime.datetime)
                else self.summary_generated_at
            )
        else:
            summary_generated_at = self.summary_generated_at

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

        conversation_uuid: str | Unset = UNSET
        if not isinstance(self.conversation_uuid, Unset):
            conversation_uuid = (
                str(self.conversation_uuid) if isinstance(self.conversation_uuid, UUID) else self.conversation_uuid
            )

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ConversationContact):
            contact = self.contact.to_dict() if hasattr(self.contact, "to_dict") else self.contact
        else:
            contact = self.contact

        call_uuid: str | Unset | None
        if isinstance(self.call_uuid, Unset):
            call_uuid = UNSET
        elif isinstance(self.call_uuid, UUID):
            call_uuid = str(self.call_uuid) if isinstance(self.call_uuid, UUID) else self.call_uuid
        else:
            call_uuid = self.call_uuid

        campaign_uuid: str | Unset | None
        if isinstance(self.campaign_uuid, Unset):
            campaign_uuid = UNSET
        elif isinstance(self.campaign_uuid, UUID):
            campaign_uuid = str(self.campaign_uuid) if isinstance(self.campaign_uuid, UUID) else self.campaign_uuid
        else:
            campaign_uuid = self.campaign_uuid

        listing_uuid: str | Unset | None
        if isinstance(self.listing_uuid, Unset):
            listing_uuid = UNSET
        elif isinstance(self.listing_uuid, UUID):
            listing_uuid = str(self.listing_uuid) if isinstance(self.listing_uuid, UUID) else self.listing_uuid
        else:
            listing_uuid = self.listing_uuid

        task_uuids: list[str] | Unset = UNSET
        if not isinstance(self.task_uuids, Unset):
            task_uuids = []
            for task_uuids_item_data in self.task_uuids:
                task_uuids_item = (
                    str(task_uuids_item_data) if isinstance(task_uuids_item_data, UUID) else task_uuids_item_data
                )
                task_uuids.append(task_uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
        if evaluated_at is not UNSET:
            field_dict["evaluated_at"] = evaluated_at
        if summary is not UNSET:
            field_dict["summary"] = summary
        if summary_generated_at is not UNSET:
            field_dict["summary_generated_at"] = summary_generated_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = conversation_uuid
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if contact is not UNSET:
            field_dict["contact"] = contact
        if call_uuid is not UNSET:
            field_dict["call_uuid"] = call_uuid
        if campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = campaign_uuid
        if listing_uuid is not UNSET:
            field_dict["listing_uuid"] = listing_uuid
        if task_uuids is not UNSET:
            field_dict["task_uuids"] = task_uuids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Session.uuid")
        elif uuid is None:
            uuid = unexpected_null("Session.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Session.uuid")

        started_at = d.get("started_at", UNSET)
        if started_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                started_at = fromisoformat(started_at)
            except ValueError:
                started_at = parse_datetime(started_at, "Session.started_at")
        elif started_at is not UNSET and started_at is not None:
            started_at = mismatch(started_at, "Session.started_at")

        ended_at = d.get("ended_at", UNSET)
        if ended_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                ended_at = fromisoformat(ended_at)
            except ValueError:
                ended_at = parse_datetime(ended_at, "Session.ended_at")
        elif ended_at is not UNSET and ended_at is not None:
            ended_at = mismatch(ended_at, "Session.ended_at")

        last_activity_at = d.get("last_activity_at", UNSET)
        if last_activity_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                last_activity_at = fromisoformat(last_activity_at)
            except ValueError:
                last_activity_at = parse_datetime(last_activity_at, "Session.last_activity_at")
        elif last_activity_at is not UNSET and last_activity_at is not None:
            last_activity_at = mismatch(last_activity_at, "Session.last_activity_at")

        evaluated_at = d.get("evaluated_at", UNSET)
        if evaluated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                evaluated_at = fromisoformat(evaluated_at)
            except ValueError:
                evaluated_at = parse_datetime(evaluated_at, "Session.evaluated_at")
        elif evaluated_at is not UNSET and evaluated_at is not None:
            evaluated_at = mismatch(evaluated_at, "Session.evaluated_at")

        summary = d.get("summary", UNSET)

        summary_generated_at = d.get("summary_generated_at", UNSET)
        if summary_generated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                summary_generated_at = fromisoformat(summary_generated_at)
            except ValueError:
                summary_generated_at = parse_datetime(summary_generated_at, "Session.summary_generated_at")
        elif summary_generated_at is not UNSET and summary_generated_at is not None:
            summary_generated_at = mismatch(summary_generated_at, "Session.summary_generated_at")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Session.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Session.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Session.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Session.updated_at")

        conversation_uuid = d.get("conversation_uuid", UNSET)
        if conversation_uuid.__class__ is str:
            conversation_uuid = parse_uuid(conversation_uuid, "Session.conversation_uuid")
        elif conversation_uuid is None:
            conversation_uuid = unexpected_null("Session.conversation_uuid")
        elif conversation_uuid is not UNSET and conversation_uuid is not None:
            conversation_uuid = mismatch(conversation_uuid, "Session.conversation_uuid")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "Session.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "Session.agent_uuid")

        contact = d.get("contact", UNSET)
        if contact.__class__ is dict:
            contact = _from_dict_ConversationContact(contact)
        elif contact is not UNSET and contact is not None:
            contact = mismatch(contact, "Session.contact")

        call_uuid = d.get("call_uuid", UNSET)
        if call_uuid.__class__ is str:
            call_uuid = parse_uuid(call_uuid, "Session.call_uuid")
        elif call_uuid is not UNSET and call_uuid is not None:
            call_uuid = mismatch(call_uuid, "Session.call_uuid")

        campaign_uuid = d.get("campaign_uuid", UNSET)
        if campaign_uuid.__class__ is str:
            campaign_uuid = parse_uuid(campaign_uuid, "Session.campaign_uuid")
        elif campaign_uuid is not UNSET and campaign_uuid is not None:
            campaign_uuid = mismatch(campaign_uuid, "Session.campaign_uuid")

        listing_uuid = d.get("listing_uuid", UNSET)
        if listing_uuid.__class__ is str:
            listing_uuid = parse_uuid(listing_uuid, "Session.listing_uuid")
        elif listing_uuid is not UNSET and listing_uuid is not None:
            listing_uuid = mismatch(listing_uuid, "Session.listing_uuid")

        task_uuids = d.get("task_uuids", UNSET)
        if task_uuids.__class__ is list:
            task_uuids = [
                parse_uuid(_i0, "Session.task_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "Session.task_uuids", False)
                for _i0 in task_uuids
            ]
        elif task_uuids is None:
            task_uuids = unexpected_null("Session.task_uuids")
        elif task_uuids is not UNSET and task_uuids is not None:
            task_uuids = mismatch(task_uuids, "Session.task_uuids")

        session = new_instance(cls)
        session.uuid = uuid
        session.started_at = started_at
        session.ended_at = ended_at
        session.last_activity_at = last_activity_at
        session.evaluated_at = evaluated_at
        session.summary = summary
        session.summary_generated_at = summary_generated_at
        session.created_at = created_at
        session.updated_at = updated_at
        session.conversation_uuid = conversation_uuid
        session.agent_uuid = agent_uuid
        session.contact = contact
        session.call_uuid = call_uuid
        session.campaign_uuid = campaign_uuid
        session.listing_uuid = listing_uuid
        session.task_uuids = task_uuids
        session.additional_properties = {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Session")
        return session

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


_FIELD_NAMES = frozenset(
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
