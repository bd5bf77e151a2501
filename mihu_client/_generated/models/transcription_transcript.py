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
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.transcription_conversation import TranscriptionConversation
    from ..models.transcription_session import TranscriptionSession
    from ..models.transcription_transcript_evaluations_type_0 import TranscriptionTranscriptEvaluationsType0


T = TypeVar("T", bound="TranscriptionTranscript")


@_attrs_define
class TranscriptionTranscript:
    """Finished transcription with transcript messages, the created session and evaluation results. The completion webhook
    carries the same information.

    """

    id: UUID | Unset = UNSET
    reference_id: str | Unset | None = UNSET
    status: str | Unset = UNSET
    """ Processing status, e.g. completed. """
    qa_agent_uuid: Unset | UUID | None = UNSET
    coaching_agent_uuid: Unset | UUID | None = UNSET
    conversation: TranscriptionConversation | Unset | None = UNSET
    session: TranscriptionSession | Unset | None = UNSET
    evaluations: TranscriptionTranscriptEvaluationsType0 | Unset | None = UNSET
    processed_at: datetime.datetime | Unset | None = UNSET
    timestamp: int | Unset | None = UNSET
    """ Unix timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            v_id = str(self.id) if isinstance(self.id, UUID) else self.id

        v_reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            v_reference_id = UNSET
        else:
            v_reference_id = self.reference_id

        v_status = self.status

        v_qa_agent_uuid: str | Unset | None
        if isinstance(self.qa_agent_uuid, Unset):
            v_qa_agent_uuid = UNSET
        elif isinstance(self.qa_agent_uuid, UUID):
            v_qa_agent_uuid = str(self.qa_agent_uuid) if isinstance(self.qa_agent_uuid, UUID) else self.qa_agent_uuid
        else:
            v_qa_agent_uuid = self.qa_agent_uuid

        v_coaching_agent_uuid: str | Unset | None
        if isinstance(self.coaching_agent_uuid, Unset):
            v_coaching_agent_uuid = UNSET
        elif isinstance(self.coaching_agent_uuid, UUID):
            v_coaching_agent_uuid = (
                str(self.coaching_agent_uuid)
                if isinstance(self.coaching_agent_uuid, UUID)
                else self.coaching_agent_uuid
            )
        else:
            v_coaching_agent_uuid = self.coaching_agent_uuid

        v_conversation: dict[str, Any] | Unset | None
        if isinstance(self.conversation, Unset):
            v_conversation = UNSET
        elif isinstance(self.conversation, TranscriptionConversation):
            v_conversation = (
                self.conversation.to_dict()
                if isinstance(self.conversation, TranscriptionConversation)
                else self.conversation
            )
        else:
            v_conversation = self.conversation

        v_session: dict[str, Any] | Unset | None
        if isinstance(self.session, Unset):
            v_session = UNSET
        elif isinstance(self.session, TranscriptionSession):
            v_session = self.session.to_dict() if isinstance(self.session, TranscriptionSession) else self.session
        else:
            v_session = self.session

        v_evaluations: dict[str, Any] | Unset | None
        if isinstance(self.evaluations, Unset):
            v_evaluations = UNSET
        elif isinstance(self.evaluations, TranscriptionTranscriptEvaluationsType0):
            v_evaluations = (
                self.evaluations.to_dict()
                if isinstance(self.evaluations, TranscriptionTranscriptEvaluationsType0)
                else self.evaluations
            )
        else:
            v_evaluations = self.evaluations

        v_processed_at: str | Unset | None
        if isinstance(self.processed_at, Unset):
            v_processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            v_processed_at = (
                self.processed_at.isoformat() if isinstance(self.processed_at, datetime.datetime) else self.processed_at
            )
        else:
            v_processed_at = self.processed_at

        v_timestamp: int | Unset | None
        if isinstance(self.timestamp, Unset):
            v_timestamp = UNSET
        else:
            v_timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_id is not UNSET:
            field_dict["id"] = v_id
        if v_reference_id is not UNSET:
            field_dict["reference_id"] = v_reference_id
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_qa_agent_uuid is not UNSET:
            field_dict["qa_agent_uuid"] = v_qa_agent_uuid
        if v_coaching_agent_uuid is not UNSET:
            field_dict["coaching_agent_uuid"] = v_coaching_agent_uuid
        if v_conversation is not UNSET:
            field_dict["conversation"] = v_conversation
        if v_session is not UNSET:
            field_dict["session"] = v_session
        if v_evaluations is not UNSET:
            field_dict["evaluations"] = v_evaluations
        if v_processed_at is not UNSET:
            field_dict["processed_at"] = v_processed_at
        if v_timestamp is not UNSET:
            field_dict["timestamp"] = v_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_id = d.get("id", UNSET)
        if v_id.__class__ is str:
            v_id = parse_uuid(v_id, "TranscriptionTranscript.id")
        elif v_id is None:
            v_id = unexpected_null("TranscriptionTranscript.id")
        elif v_id is not UNSET and v_id is not None:
            v_id = mismatch(v_id, "TranscriptionTranscript.id")

        v_reference_id = d.get("reference_id", UNSET)

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("TranscriptionTranscript.status")

        v_qa_agent_uuid = d.get("qa_agent_uuid", UNSET)
        if v_qa_agent_uuid.__class__ is str:
            v_qa_agent_uuid = parse_uuid(v_qa_agent_uuid, "TranscriptionTranscript.qa_agent_uuid")
        elif v_qa_agent_uuid is not UNSET and v_qa_agent_uuid is not None:
            v_qa_agent_uuid = mismatch(v_qa_agent_uuid, "TranscriptionTranscript.qa_agent_uuid")

        v_coaching_agent_uuid = d.get("coaching_agent_uuid", UNSET)
        if v_coaching_agent_uuid.__class__ is str:
            v_coaching_agent_uuid = parse_uuid(v_coaching_agent_uuid, "TranscriptionTranscript.coaching_agent_uuid")
        elif v_coaching_agent_uuid is not UNSET and v_coaching_agent_uuid is not None:
            v_coaching_agent_uuid = mismatch(v_coaching_agent_uuid, "TranscriptionTranscript.coaching_agent_uuid")

        v_conversation = d.get("conversation", UNSET)
        if v_conversation.__class__ is dict:
            v_conversation = _from_dict_TranscriptionConversation(v_conversation)
        elif v_conversation is not UNSET and v_conversation is not None:
            v_conversation = mismatch(v_conversation, "TranscriptionTranscript.conversation")

        v_session = d.get("session", UNSET)
        if v_session.__class__ is dict:
            v_session = _from_dict_TranscriptionSession(v_session)
        elif v_session is not UNSET and v_session is not None:
            v_session = mismatch(v_session, "TranscriptionTranscript.session")

        v_evaluations = d.get("evaluations", UNSET)
        if v_evaluations.__class__ is dict:
            v_evaluations = _from_dict_TranscriptionTranscriptEvaluationsType0(v_evaluations)
        elif v_evaluations is not UNSET and v_evaluations is not None:
            v_evaluations = mismatch(v_evaluations, "TranscriptionTranscript.evaluations")

        v_processed_at = d.get("processed_at", UNSET)
        if v_processed_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_processed_at = fromisoformat(v_processed_at)
            except ValueError:
                v_processed_at = parse_datetime(v_processed_at, "TranscriptionTranscript.processed_at")
        elif v_processed_at is not UNSET and v_processed_at is not None:
            v_processed_at = mismatch(v_processed_at, "TranscriptionTranscript.processed_at")

        v_timestamp = d.get("timestamp", UNSET)

        _instance = new_instance(cls)
        _instance.id = v_id
        _instance.reference_id = v_reference_id
        _instance.status = v_status
        _instance.qa_agent_uuid = v_qa_agent_uuid
        _instance.coaching_agent_uuid = v_coaching_agent_uuid
        _instance.conversation = v_conversation
        _instance.session = v_session
        _instance.evaluations = v_evaluations
        _instance.processed_at = v_processed_at
        _instance.timestamp = v_timestamp
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionTranscript")
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
        "id",
        "reference_id",
        "status",
        "qa_agent_uuid",
        "coaching_agent_uuid",
        "conversation",
        "session",
        "evaluations",
        "processed_at",
        "timestamp",
    )
)

from ..models.transcription_conversation import TranscriptionConversation
from ..models.transcription_session import TranscriptionSession
from ..models.transcription_transcript_evaluations_type_0 import TranscriptionTranscriptEvaluationsType0

_from_dict_TranscriptionConversation = TranscriptionConversation.from_dict


_from_dict_TranscriptionSession = TranscriptionSession.from_dict


_from_dict_TranscriptionTranscriptEvaluationsType0 = TranscriptionTranscriptEvaluationsType0.from_dict
