from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.conversation_call import ConversationCall
        from ..models.conversation_contact import ConversationContact

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        type_ = self.type_

        status = self.status

        responded_by = self.responded_by

        is_simulation = self.is_simulation

        timestamp: str | Unset | None
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid)
        else:
            agent_uuid = self.agent_uuid

        channel = self.channel

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ConversationContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        session_uuids: list[str] | Unset = UNSET
        if not isinstance(self.session_uuids, Unset):
            session_uuids = []
            for session_uuids_item_data in self.session_uuids:
                session_uuids_item = str(session_uuids_item_data)
                session_uuids.append(session_uuids_item)

        campaign_uuid: str | Unset | None
        if isinstance(self.campaign_uuid, Unset):
            campaign_uuid = UNSET
        elif isinstance(self.campaign_uuid, UUID):
            campaign_uuid = str(self.campaign_uuid)
        else:
            campaign_uuid = self.campaign_uuid

        listing_uuid: str | Unset | None
        if isinstance(self.listing_uuid, Unset):
            listing_uuid = UNSET
        elif isinstance(self.listing_uuid, UUID):
            listing_uuid = str(self.listing_uuid)
        else:
            listing_uuid = self.listing_uuid

        task_uuids: list[str] | Unset = UNSET
        if not isinstance(self.task_uuids, Unset):
            task_uuids = []
            for task_uuids_item_data in self.task_uuids:
                task_uuids_item = str(task_uuids_item_data)
                task_uuids.append(task_uuids_item)

        call: dict[str, Any] | Unset | None
        if isinstance(self.call, Unset):
            call = UNSET
        elif isinstance(self.call, ConversationCall):
            call = self.call.to_dict()
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
        from ..models.conversation_call import ConversationCall
        from ..models.conversation_contact import ConversationContact

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        responded_by = d.pop("responded_by", UNSET)

        is_simulation = d.pop("is_simulation", UNSET)

        def _parse_timestamp(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_uuid_type_0 = UUID(data)

                return agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        agent_uuid = _parse_agent_uuid(d.pop("agent_uuid", UNSET))

        channel = d.pop("channel", UNSET)

        def _parse_contact(data: object) -> ConversationContact | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = ConversationContact.from_dict(data)

                return contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationContact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        _session_uuids = d.pop("session_uuids", UNSET)
        session_uuids: list[UUID] | Unset = UNSET
        if _session_uuids is not UNSET:
            session_uuids = []
            for session_uuids_item_data in _session_uuids:
                session_uuids_item = UUID(session_uuids_item_data)

                session_uuids.append(session_uuids_item)

        def _parse_campaign_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_uuid_type_0 = UUID(data)

                return campaign_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        campaign_uuid = _parse_campaign_uuid(d.pop("campaign_uuid", UNSET))

        def _parse_listing_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                listing_uuid_type_0 = UUID(data)

                return listing_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        listing_uuid = _parse_listing_uuid(d.pop("listing_uuid", UNSET))

        _task_uuids = d.pop("task_uuids", UNSET)
        task_uuids: list[UUID] | Unset = UNSET
        if _task_uuids is not UNSET:
            task_uuids = []
            for task_uuids_item_data in _task_uuids:
                task_uuids_item = UUID(task_uuids_item_data)

                task_uuids.append(task_uuids_item)

        def _parse_call(data: object) -> ConversationCall | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_type_1 = ConversationCall.from_dict(data)

                return call_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConversationCall | None | Unset, data)

        call = _parse_call(d.pop("call", UNSET))

        conversation = cls(
            uuid=uuid,
            type_=type_,
            status=status,
            responded_by=responded_by,
            is_simulation=is_simulation,
            timestamp=timestamp,
            created_at=created_at,
            updated_at=updated_at,
            agent_uuid=agent_uuid,
            channel=channel,
            contact=contact,
            session_uuids=session_uuids,
            campaign_uuid=campaign_uuid,
            listing_uuid=listing_uuid,
            task_uuids=task_uuids,
            call=call,
        )

        conversation.additional_properties = d
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
