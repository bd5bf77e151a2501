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
    from ..models.conversation_call import ConversationCall
    from ..models.conversation_contact import ConversationContact


T = TypeVar("T", bound="Conversation")


@_attrs_define
class Conversation:
    """A conversation between an agent (AI or human) and a contact on one channel."""

    uuid: UUID | Unset = UNSET
    type_: str | Unset = UNSET
    """ Conversation type, e.g. Real (only the example value is documented; is_simulation flags simulated runs). """
    status: str | Unset = UNSET
    """ Conversation status, e.g. Active (only the example value is documented). """
    responded_by: str | Unset = UNSET
    """ Current responder, e.g. AI (only the example value is documented). """
    is_simulation: bool | Unset = UNSET
    timestamp: datetime.datetime | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    agent_uuid: Unset | UUID | None = UNSET
    channel: str | Unset = UNSET
    """ Channel of the conversation; documented example values are Whatsapp and Call. """
    contact: ConversationContact | Unset | None = UNSET
    session_uuids: list[UUID] | Unset = UNSET
    campaign_uuid: Unset | UUID | None = UNSET
    listing_uuid: Unset | UUID | None = UNSET
    task_uuids: list[UUID] | Unset = UNSET
    call: ConversationCall | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        type_ = self.type_

        status = self.status

        responded_by = self.responded_by

        is_simulation = self.is_simulation

        timestamp: str | Unset | None
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp
        else:
            timestamp = self.timestamp

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

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            agent_uuid = self.agent_uuid

        channel = self.channel

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ConversationContact):
            contact = self.contact.to_dict() if hasattr(self.contact, "to_dict") else self.contact
        else:
            contact = self.contact

        session_uuids: list[str] | Unset = UNSET
        if not isinstance(self.session_uuids, Unset):
            session_uuids = []
            for session_uuids_item_data in self.session_uuids:
                session_uuids_item = (
                    str(session_uuids_item_data)
                    if isinstance(session_uuids_item_data, UUID)
                    else session_uuids_item_data
                )
                session_uuids.append(session_uuids_item)

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

        call: dict[str, Any] | Unset | None
        if isinstance(self.call, Unset):
            call = UNSET
        elif isinstance(self.call, ConversationCall):
            call = self.call.to_dict() if hasattr(self.call, "to_dict") else self.call
        else:
            call = self.call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if responded_by is not UNSET:
            field_dict["responded_by"] = responded_by
        if is_simulation is not UNSET:
            field_dict["is_simulation"] = is_simulation
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if channel is not UNSET:
            field_dict["channel"] = channel
        if contact is not UNSET:
            field_dict["contact"] = contact
        if session_uuids is not UNSET:
            field_dict["session_uuids"] = session_uuids
        if campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = campaign_uuid
        if listing_uuid is not UNSET:
            field_dict["listing_uuid"] = listing_uuid
        if task_uuids is not UNSET:
            field_dict["task_uuids"] = task_uuids
        if call is not UNSET:
            field_dict["call"] = call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Conversation.uuid")
        elif uuid is None:
            uuid = unexpected_null("Conversation.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Conversation.uuid")

        type_ = d.get("type", UNSET)
        if type_ is None:
            type_ = unexpected_null("Conversation.type")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("Conversation.status")

        responded_by = d.get("responded_by", UNSET)
        if responded_by is None:
            responded_by = unexpected_null("Conversation.responded_by")

        is_simulation = d.get("is_simulation", UNSET)
        if is_simulation is None:
            is_simulation = unexpected_null("Conversation.is_simulation")

        timestamp = d.get("timestamp", UNSET)
        if timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                timestamp = fromisoformat(timestamp)
            except ValueError:
                timestamp = parse_datetime(timestamp, "Conversation.timestamp")
        elif timestamp is not UNSET and timestamp is not None:
            timestamp = mismatch(timestamp, "Conversation.timestamp")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Conversation.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Conversation.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Conversation.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Conversation.updated_at")

        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "Conversation.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "Conversation.agent_uuid")

        channel = d.get("channel", UNSET)
        if channel is None:
            channel = unexpected_null("Conversation.channel")

        contact = d.get("contact", UNSET)
        if contact.__class__ is dict:
            contact = _from_dict_ConversationContact(contact)
        elif contact is not UNSET and contact is not None:
            contact = mismatch(contact, "Conversation.contact")

        session_uuids = d.get("session_uuids", UNSET)
        if session_uuids.__class__ is list:
            session_uuids = [
                parse_uuid(_i0, "Conversation.session_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "Conversation.session_uuids", False)
                for _i0 in session_uuids
            ]
        elif session_uuids is None:
            session_uuids = unexpected_null("Conversation.session_uuids")
        elif session_uuids is not UNSET and session_uuids is not None:
            session_uuids = mismatch(session_uuids, "Conversation.session_uuids")

        campaign_uuid = d.get("campaign_uuid", UNSET)
        if campaign_uuid.__class__ is str:
            campaign_uuid = parse_uuid(campaign_uuid, "Conversation.campaign_uuid")
        elif campaign_uuid is not UNSET and campaign_uuid is not None:
            campaign_uuid = mismatch(campaign_uuid, "Conversation.campaign_uuid")

        listing_uuid = d.get("listing_uuid", UNSET)
        if listing_uuid.__class__ is str:
            listing_uuid = parse_uuid(listing_uuid, "Conversation.listing_uuid")
        elif listing_uuid is not UNSET and listing_uuid is not None:
            listing_uuid = mismatch(listing_uuid, "Conversation.listing_uuid")

        task_uuids = d.get("task_uuids", UNSET)
        if task_uuids.__class__ is list:
            task_uuids = [
                parse_uuid(_i0, "Conversation.task_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "Conversation.task_uuids", False)
                for _i0 in task_uuids
            ]
        elif task_uuids is None:
            task_uuids = unexpected_null("Conversation.task_uuids")
        elif task_uuids is not UNSET and task_uuids is not None:
            task_uuids = mismatch(task_uuids, "Conversation.task_uuids")

        call = d.get("call", UNSET)
        if call.__class__ is dict:
            call = _from_dict_ConversationCall(call)
        elif call is not UNSET and call is not None:
            call = mismatch(call, "Conversation.call")

        conversation = new_instance(cls)
        conversation.uuid = uuid
        conversation.type_ = type_
        conversation.status = status
        conversation.responded_by = responded_by
        conversation.is_simulation = is_simulation
        conversation.timestamp = timestamp
        conversation.created_at = created_at
        conversation.updated_at = updated_at
        conversation.agent_uuid = agent_uuid
        conversation.channel = channel
        conversation.contact = contact
        conversation.session_uuids = session_uuids
        conversation.campaign_uuid = campaign_uuid
        conversation.listing_uuid = listing_uuid
        conversation.task_uuids = task_uuids
        conversation.call = call
        conversation.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Conversation")
        )
        return conversation

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
        "type",
        "status",
        "responded_by",
        "is_simulation",
        "timestamp",
        "created_at",
        "updated_at",
        "agent_uuid",
        "channel",
        "contact",
        "session_uuids",
        "campaign_uuid",
        "listing_uuid",
        "task_uuids",
        "call",
    )
)

from ..models.conversation_call import ConversationCall
from ..models.conversation_contact import ConversationContact

_from_dict_ConversationContact = ConversationContact.from_dict


_from_dict_ConversationCall = ConversationCall.from_dict
