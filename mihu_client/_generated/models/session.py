from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.conversation_contact import ConversationContact

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: str | Unset | None
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        last_activity_at: str | Unset | None
        if isinstance(self.last_activity_at, Unset):
            last_activity_at = UNSET
        elif isinstance(self.last_activity_at, datetime.datetime):
            last_activity_at = self.last_activity_at.isoformat()
        else:
            last_activity_at = self.last_activity_at

        evaluated_at: str | Unset | None
        if isinstance(self.evaluated_at, Unset):
            evaluated_at = UNSET
        elif isinstance(self.evaluated_at, datetime.datetime):
            evaluated_at = self.evaluated_at.isoformat()
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
            summary_generated_at = self.summary_generated_at.isoformat()
        else:
            summary_generated_at = self.summary_generated_at

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

        conversation_uuid: str | Unset = UNSET
        if not isinstance(self.conversation_uuid, Unset):
            conversation_uuid = str(self.conversation_uuid)

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        elif isinstance(self.agent_uuid, UUID):
            agent_uuid = str(self.agent_uuid)
        else:
            agent_uuid = self.agent_uuid

        contact: dict[str, Any] | Unset | None
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ConversationContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        call_uuid: str | Unset | None
        if isinstance(self.call_uuid, Unset):
            call_uuid = UNSET
        elif isinstance(self.call_uuid, UUID):
            call_uuid = str(self.call_uuid)
        else:
            call_uuid = self.call_uuid

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
        from ..models.conversation_contact import ConversationContact

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_started_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_ended_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("ended_at", UNSET))

        def _parse_last_activity_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_activity_at = _parse_last_activity_at(d.pop("last_activity_at", UNSET))

        def _parse_evaluated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluated_at_type_0 = datetime.datetime.fromisoformat(data)

                return evaluated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        evaluated_at = _parse_evaluated_at(d.pop("evaluated_at", UNSET))

        def _parse_summary(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_summary_generated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_generated_at_type_0 = datetime.datetime.fromisoformat(data)

                return summary_generated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        summary_generated_at = _parse_summary_generated_at(d.pop("summary_generated_at", UNSET))

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

        _conversation_uuid = d.pop("conversation_uuid", UNSET)
        conversation_uuid: UUID | Unset
        if isinstance(_conversation_uuid, Unset):
            conversation_uuid = UNSET
        else:
            conversation_uuid = UUID(_conversation_uuid)

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

        def _parse_call_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_uuid_type_0 = UUID(data)

                return call_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        call_uuid = _parse_call_uuid(d.pop("call_uuid", UNSET))

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

        session = cls(
            uuid=uuid,
            started_at=started_at,
            ended_at=ended_at,
            last_activity_at=last_activity_at,
            evaluated_at=evaluated_at,
            summary=summary,
            summary_generated_at=summary_generated_at,
            created_at=created_at,
            updated_at=updated_at,
            conversation_uuid=conversation_uuid,
            agent_uuid=agent_uuid,
            contact=contact,
            call_uuid=call_uuid,
            campaign_uuid=campaign_uuid,
            listing_uuid=listing_uuid,
            task_uuids=task_uuids,
        )

        session.additional_properties = d
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
