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
    parse_datetime,
    parse_uuid,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.call_record_agent_type_0 import CallRecordAgentType0


T = TypeVar("T", bound="CallRecord")


@_attrs_define
class CallRecord:
    """A voice call as the call endpoints return it. Fields are the snake_case forms of those a third-party mirror of older
    vendor docs lists (camelCased there), with its types; the conversation endpoints embed a related shape,
    ConversationCall.

    """

    uuid: UUID | Unset = UNSET
    agent: CallRecordAgentType0 | Unset | None = UNSET
    direction: str | Unset = UNSET
    """ Call direction, e.g. Inbound. """
    status: str | Unset = UNSET
    duration: float | Unset | None = UNSET
    """ Call duration (seconds). """
    handled_by: str | Unset | None = UNSET
    """ Who handled the call, e.g. AI. """
    analysis: str | Unset | None = UNSET
    communication: str | Unset | None = UNSET
    timestamp: datetime.datetime | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_agent: dict[str, Any] | Unset | None
        if isinstance(self.agent, Unset):
            v_agent = UNSET
        elif isinstance(self.agent, CallRecordAgentType0):
            v_agent = self.agent.to_dict() if isinstance(self.agent, CallRecordAgentType0) else self.agent
        else:
            v_agent = self.agent

        v_direction = self.direction

        v_status = self.status

        v_duration: float | Unset | None
        if isinstance(self.duration, Unset):
            v_duration = UNSET
        else:
            v_duration = self.duration

        v_handled_by: str | Unset | None
        if isinstance(self.handled_by, Unset):
            v_handled_by = UNSET
        else:
            v_handled_by = self.handled_by

        v_analysis: str | Unset | None
        if isinstance(self.analysis, Unset):
            v_analysis = UNSET
        else:
            v_analysis = self.analysis

        v_communication: str | Unset | None
        if isinstance(self.communication, Unset):
            v_communication = UNSET
        else:
            v_communication = self.communication

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
        if v_agent is not UNSET:
            field_dict["agent"] = v_agent
        if v_direction is not UNSET:
            field_dict["direction"] = v_direction
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_duration is not UNSET:
            field_dict["duration"] = v_duration
        if v_handled_by is not UNSET:
            field_dict["handled_by"] = v_handled_by
        if v_analysis is not UNSET:
            field_dict["analysis"] = v_analysis
        if v_communication is not UNSET:
            field_dict["communication"] = v_communication
        if v_timestamp is not UNSET:
            field_dict["timestamp"] = v_timestamp
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "CallRecord.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("CallRecord.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "CallRecord.uuid")

        v_agent = d.get("agent", UNSET)
        if v_agent.__class__ is dict:
            v_agent = _from_dict_CallRecordAgentType0(v_agent)
        elif v_agent is not UNSET and v_agent is not None:
            v_agent = mismatch(v_agent, "CallRecord.agent")

        v_direction = d.get("direction", UNSET)
        if v_direction is None:
            v_direction = unexpected_null("CallRecord.direction")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("CallRecord.status")

        v_duration = d.get("duration", UNSET)

        v_handled_by = d.get("handled_by", UNSET)

        v_analysis = d.get("analysis", UNSET)

        v_communication = d.get("communication", UNSET)

        v_timestamp = d.get("timestamp", UNSET)
        if v_timestamp.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_timestamp = fromisoformat(v_timestamp)
            except ValueError:
                v_timestamp = parse_datetime(v_timestamp, "CallRecord.timestamp")
        elif v_timestamp is not UNSET and v_timestamp is not None:
            v_timestamp = mismatch(v_timestamp, "CallRecord.timestamp")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "CallRecord.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "CallRecord.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "CallRecord.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "CallRecord.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.agent = v_agent
        _instance.direction = v_direction
        _instance.status = v_status
        _instance.duration = v_duration
        _instance.handled_by = v_handled_by
        _instance.analysis = v_analysis
        _instance.communication = v_communication
        _instance.timestamp = v_timestamp
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
        "agent",
        "direction",
        "status",
        "duration",
        "handled_by",
        "analysis",
        "communication",
        "timestamp",
        "created_at",
        "updated_at",
    )
)

from ..models.call_record_agent_type_0 import CallRecordAgentType0

_from_dict_CallRecordAgentType0 = CallRecordAgentType0.from_dict
