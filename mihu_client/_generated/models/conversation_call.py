from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="ConversationCall")


@_attrs_define
class ConversationCall:
    """Voice call linked to a conversation (present for call-channel conversations). The list endpoint's example
    additionally shows direction, status and handled_by.

    """

    uuid: UUID | Unset = UNSET
    direction: str | Unset = UNSET
    """ Call direction, e.g. Inbound (only the example value is documented). """
    status: str | Unset = UNSET
    """ Telephony call status, e.g. in-progress (only the example value is documented). """
    duration: int | Unset | None = UNSET
    """ Call duration (seconds). """
    recording_url: str | Unset | None = UNSET
    handled_by: str | Unset = UNSET
    """ Who handled the call, e.g. AI (only the example value is documented). """
    summary: str | Unset | None = UNSET
    timestamp: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        direction = self.direction

        status = self.status

        duration: int | Unset | None
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        recording_url: str | Unset | None
        if isinstance(self.recording_url, Unset):
            recording_url = UNSET
        else:
            recording_url = self.recording_url

        handled_by = self.handled_by

        summary: str | Unset | None
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        timestamp: str | Unset | None
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if duration is not UNSET:
            field_dict["duration"] = duration
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if handled_by is not UNSET:
            field_dict["handled_by"] = handled_by
        if summary is not UNSET:
            field_dict["summary"] = summary
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "ConversationCall.uuid")
        elif uuid is None:
            uuid = unexpected_null("ConversationCall.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "ConversationCall.uuid")

        direction = d.get("direction", UNSET)
        if direction is None:
            direction = unexpected_null("ConversationCall.direction")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("ConversationCall.status")

        duration = d.get("duration", UNSET)

        recording_url = d.get("recording_url", UNSET)

        handled_by = d.get("handled_by", UNSET)
        if handled_by is None:
            handled_by = unexpected_null("ConversationCall.handled_by")

        summary = d.get("summary", UNSET)

        timestamp = d.get("timestamp", UNSET)
        if timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                timestamp = fromisoformat(timestamp)
            except ValueError:
                timestamp = parse_datetime(timestamp, "ConversationCall.timestamp")
        elif timestamp is not UNSET and timestamp is not None:
            timestamp = mismatch(timestamp, "ConversationCall.timestamp")

        conversation_call = new_instance(cls)
        conversation_call.uuid = uuid
        conversation_call.direction = direction
        conversation_call.status = status
        conversation_call.duration = duration
        conversation_call.recording_url = recording_url
        conversation_call.handled_by = handled_by
        conversation_call.summary = summary
        conversation_call.timestamp = timestamp
        conversation_call.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ConversationCall")
        )
        return conversation_call

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
        "direction",
        "status",
        "duration",
        "recording_url",
        "handled_by",
        "summary",
        "timestamp",
    )
)
