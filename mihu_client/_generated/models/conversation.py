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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_type_ = self.type_

        v_status = self.status

        v_responded_by = self.responded_by

        v_is_simulation = self.is_simulation

        v_timestamp: str | Unset | None
        if isinstance(self.timestamp, Unset):
            v_timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            v_timestamp = (
                self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp
            )
        else:
            v_timestamp = self.timestamp

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

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid
        else:
            v_agent_uuid = self.agent_uuid

        v_channel = self.channel

        v_contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            v_contact = UNSET
        elif isinstance(self.contact, ConversationContact):
            v_contact = self.contact.to_dict() if isinstance(self.contact, ConversationContact) else self.contact
        else:
            v_contact = self.contact

        v_session_uuids: list[str] | Unset = UNSET
        if not isinstance(self.session_uuids, Unset):
            if isinstance(self.session_uuids, list):
                v_session_uuids = []
                for v_session_uuids_item_data in self.session_uuids:
                    v_session_uuids_item = (
                        str(v_session_uuids_item_data)
                        if isinstance(v_session_uuids_item_data, UUID)
                        else v_session_uuids_item_data
                    )
                    v_session_uuids.append(v_session_uuids_item)
            else:
                v_session_uuids = self.session_uuids

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

        v_call: dict[str, Any] | Unset | None
        if isinstance(self.call, Unset):
            v_call = UNSET
        elif isinstance(self.call, ConversationCall):
            v_call = self.call.to_dict() if isinstance(self.call, ConversationCall) else self.call
        else:
            v_call = self.call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_type_ is not UNSET:
            field_dict["type"] = v_type_
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_responded_by is not UNSET:
            field_dict["responded_by"] = v_responded_by
        if v_is_simulation is not UNSET:
            field_dict["is_simulation"] = v_is_simulation
        if v_timestamp is not UNSET:
            field_dict["timestamp"] = v_timestamp
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_channel is not UNSET:
            field_dict["channel"] = v_channel
        if v_contact is not UNSET:
            field_dict["contact"] = v_contact
        if v_session_uuids is not UNSET:
            field_dict["session_uuids"] = v_session_uuids
        if v_campaign_uuid is not UNSET:
            field_dict["campaign_uuid"] = v_campaign_uuid
        if v_listing_uuid is not UNSET:
            field_dict["listing_uuid"] = v_listing_uuid
        if v_task_uuids is not UNSET:
            field_dict["task_uuids"] = v_task_uuids
        if v_call is not UNSET:
            field_dict["call"] = v_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Conversation.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Conversation.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Conversation.uuid")

        v_type_ = d.get("type", UNSET)
        if v_type_ is None:
            v_type_ = unexpected_null("Conversation.type")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("Conversation.status")

        v_responded_by = d.get("responded_by", UNSET)
        if v_responded_by is None:
            v_responded_by = unexpected_null("Conversation.responded_by")

        v_is_simulation = d.get("is_simulation", UNSET)
        if v_is_simulation is None:
            v_is_simulation = unexpected_null("Conversation.is_simulation")

        v_timestamp = d.get("timestamp", UNSET)
        if v_timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_timestamp = fromisoformat(v_timestamp)
            except ValueError:
                v_timestamp = parse_datetime(v_timestamp, "Conversation.timestamp")
        elif v_timestamp is not UNSET and v_timestamp is not None:
            v_timestamp = mismatch(v_timestamp, "Conversation.timestamp")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Conversation.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Conversation.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Conversation.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Conversation.updated_at")

        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "Conversation.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "Conversation.agent_uuid")

        v_channel = d.get("channel", UNSET)
        if v_channel is None:
            v_channel = unexpected_null("Conversation.channel")

        v_contact = d.get("contact", UNSET)
        if v_contact.__class__ is dict:
            v_contact = _from_dict_ConversationContact(v_contact)
        elif v_contact is not UNSET and v_contact is not None:
            v_contact = mismatch(v_contact, "Conversation.contact")

        v_session_uuids = d.get("session_uuids", UNSET)
        if v_session_uuids.__class__ is list:
            v_session_uuids = [
                parse_uuid(_i0, "Conversation.session_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "Conversation.session_uuids", False)
                for _i0 in v_session_uuids
            ]
        elif v_session_uuids is None:
            v_session_uuids = unexpected_null("Conversation.session_uuids")
        elif v_session_uuids is not UNSET and v_session_uuids is not None:
            v_session_uuids = mismatch(v_session_uuids, "Conversation.session_uuids")

        v_campaign_uuid = d.get("campaign_uuid", UNSET)
        if v_campaign_uuid.__class__ is str:
            v_campaign_uuid = parse_uuid(v_campaign_uuid, "Conversation.campaign_uuid")
        elif v_campaign_uuid is not UNSET and v_campaign_uuid is not None:
            v_campaign_uuid = mismatch(v_campaign_uuid, "Conversation.campaign_uuid")

        v_listing_uuid = d.get("listing_uuid", UNSET)
        if v_listing_uuid.__class__ is str:
            v_listing_uuid = parse_uuid(v_listing_uuid, "Conversation.listing_uuid")
        elif v_listing_uuid is not UNSET and v_listing_uuid is not None:
            v_listing_uuid = mismatch(v_listing_uuid, "Conversation.listing_uuid")

        v_task_uuids = d.get("task_uuids", UNSET)
        if v_task_uuids.__class__ is list:
            v_task_uuids = [
                parse_uuid(_i0, "Conversation.task_uuids")
                if _i0.__class__ is str
                else odd_item(_i0, "Conversation.task_uuids", False)
                for _i0 in v_task_uuids
            ]
        elif v_task_uuids is None:
            v_task_uuids = unexpected_null("Conversation.task_uuids")
        elif v_task_uuids is not UNSET and v_task_uuids is not None:
            v_task_uuids = mismatch(v_task_uuids, "Conversation.task_uuids")

        v_call = d.get("call", UNSET)
        if v_call.__class__ is dict:
            v_call = _from_dict_ConversationCall(v_call)
        elif v_call is not UNSET and v_call is not None:
            v_call = mismatch(v_call, "Conversation.call")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.type_ = v_type_
        _instance.status = v_status
        _instance.responded_by = v_responded_by
        _instance.is_simulation = v_is_simulation
        _instance.timestamp = v_timestamp
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.agent_uuid = v_agent_uuid
        _instance.channel = v_channel
        _instance.contact = v_contact
        _instance.session_uuids = v_session_uuids
        _instance.campaign_uuid = v_campaign_uuid
        _instance.listing_uuid = v_listing_uuid
        _instance.task_uuids = v_task_uuids
        _instance.call = v_call
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Conversation")
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
