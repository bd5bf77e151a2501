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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_direction = self.direction

        v_status = self.status

        v_duration: int | Unset | None
        if isinstance(self.duration, Unset):
            v_duration = UNSET
        else:
            v_duration = self.duration

        v_recording_url: str | Unset | None
        if isinstance(self.recording_url, Unset):
            v_recording_url = UNSET
        else:
            v_recording_url = self.recording_url

        v_handled_by = self.handled_by

        v_summary: str | Unset | None
        if isinstance(self.summary, Unset):
            v_summary = UNSET
        else:
            v_summary = self.summary

        v_timestamp: str | Unset | None
        if isinstance(self.timestamp, Unset):
            v_timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            v_timestamp = (
                self.timestamp.isoformat() if isinstance(self.timestamp, datetime.datetime) else self.timestamp
            )
        else:
            v_timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_direction is not UNSET:
            field_dict["direction"] = v_direction
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_duration is not UNSET:
            field_dict["duration"] = v_duration
        if v_recording_url is not UNSET:
            field_dict["recording_url"] = v_recording_url
        if v_handled_by is not UNSET:
            field_dict["handled_by"] = v_handled_by
        if v_summary is not UNSET:
            field_dict["summary"] = v_summary
        if v_timestamp is not UNSET:
            field_dict["timestamp"] = v_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "ConversationCall.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("ConversationCall.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "ConversationCall.uuid")

        v_direction = d.get("direction", UNSET)
        if v_direction is None:
            v_direction = unexpected_null("ConversationCall.direction")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("ConversationCall.status")

        v_duration = d.get("duration", UNSET)

        v_recording_url = d.get("recording_url", UNSET)

        v_handled_by = d.get("handled_by", UNSET)
        if v_handled_by is None:
            v_handled_by = unexpected_null("ConversationCall.handled_by")

        v_summary = d.get("summary", UNSET)

        v_timestamp = d.get("timestamp", UNSET)
        if v_timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_timestamp = fromisoformat(v_timestamp)
            except ValueError:
                v_timestamp = parse_datetime(v_timestamp, "ConversationCall.timestamp")
        elif v_timestamp is not UNSET and v_timestamp is not None:
            v_timestamp = mismatch(v_timestamp, "ConversationCall.timestamp")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.direction = v_direction
        _instance.status = v_status
        _instance.duration = v_duration
        _instance.recording_url = v_recording_url
        _instance.handled_by = v_handled_by
        _instance.summary = v_summary
        _instance.timestamp = v_timestamp
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ConversationCall")
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
        "direction",
        "status",
        "duration",
        "recording_url",
        "handled_by",
        "summary",
        "timestamp",
    )
)
