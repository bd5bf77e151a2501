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
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id) if isinstance(self.id, UUID) else self.id

        reference_id: str | Unset | None
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        status = self.status

        qa_agent_uuid: str | Unset | None
        if isinstance(self.qa_agent_uuid, Unset):
            qa_agent_uuid = UNSET
        elif isinstance(self.qa_agent_uuid, UUID):
            qa_agent_uuid = str(self.qa_agent_uuid) if isinstance(self.qa_agent_uuid, UUID) else self.qa_agent_uuid
        else:
            qa_agent_uuid = self.qa_agent_uuid

        coaching_agent_uuid: str | Unset | None
        if isinstance(self.coaching_agent_uuid, Unset):
            coaching_agent_uuid = UNSET
        elif isinstance(self.coaching_agent_uuid, UUID):
            coaching_agent_uuid = (
                str(self.coaching_agent_uuid)
                if isinstance(self.coaching_agent_uuid, UUID)
                else self.coaching_agent_uuid
            )
        else:
            coaching_agent_uuid = self.coaching_agent_uuid

        conversation: dict[str, Any] | Unset | None
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, TranscriptionConversation):
            conversation = self.conversation.to_dict() if hasattr(self.conversation, "to_dict") else self.conversation
        else:
            conversation = self.conversation

        session: dict[str, Any] | Unset | None
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, TranscriptionSession):
            session = self.session.to_dict() if hasattr(self.session, "to_dict") else self.session
        else:
            session = self.session

        evaluations: dict[str, Any] | Unset | None
        if isinstance(self.evaluations, Unset):
            evaluations = UNSET
        elif isinstance(self.evaluations, TranscriptionTranscriptEvaluationsType0):
            evaluations = self.evaluations.to_dict() if hasattr(self.evaluations, "to_dict") else self.evaluations
        else:
            evaluations = self.evaluations

        processed_at: str | Unset | None
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = (
                self.processed_at.isoformat() if isinstance(self.processed_at, datetime.datetime) else self.processed_at
            )
        else:
            processed_at = self.processed_at

        timestamp: int | Unset | None
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference_id is not UNSET:
            field_dict["reference_id"] = reference_id
        if status is not UNSET:
            field_dict["status"] = status
        if qa_agent_uuid is not UNSET:
            field_dict["qa_agent_uuid"] = qa_agent_uuid
        if coaching_agent_uuid is not UNSET:
            field_dict["coaching_agent_uuid"] = coaching_agent_uuid
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if session is not UNSET:
            field_dict["session"] = session
        if evaluations is not UNSET:
            field_dict["evaluations"] = evaluations
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        id = d.get("id", UNSET)
        if id.__class__ is str:
            id = parse_uuid(id, "TranscriptionTranscript.id")
        elif id is None:
            id = unexpected_null("TranscriptionTranscript.id")
        elif id is not UNSET and id is not None:
            id = mismatch(id, "TranscriptionTranscript.id")

        reference_id = d.get("reference_id", UNSET)

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("TranscriptionTranscript.status")

        qa_agent_uuid = d.get("qa_agent_uuid", UNSET)
        if qa_agent_uuid.__class__ is str:
            qa_agent_uuid = parse_uuid(qa_agent_uuid, "TranscriptionTranscript.qa_agent_uuid")
        elif qa_agent_uuid is not UNSET and qa_agent_uuid is not None:
            qa_agent_uuid = mismatch(qa_agent_uuid, "TranscriptionTranscript.qa_agent_uuid")

        coaching_agent_uuid = d.get("coaching_agent_uuid", UNSET)
        if coaching_agent_uuid.__class__ is str:
            coaching_agent_uuid = parse_uuid(coaching_agent_uuid, "TranscriptionTranscript.coaching_agent_uuid")
        elif coaching_agent_uuid is not UNSET and coaching_agent_uuid is not None:
            coaching_agent_uuid = mismatch(coaching_agent_uuid, "TranscriptionTranscript.coaching_agent_uuid")

        conversation = d.get("conversation", UNSET)
        if conversation.__class__ is dict:
            conversation = _from_dict_TranscriptionConversation(conversation)
        elif conversation is not UNSET and conversation is not None:
            conversation = mismatch(conversation, "TranscriptionTranscript.conversation")

        session = d.get("session", UNSET)
        if session.__class__ is dict:
            session = _from_dict_TranscriptionSession(session)
        elif session is not UNSET and session is not None:
            session = mismatch(session, "TranscriptionTranscript.session")

        evaluations = d.get("evaluations", UNSET)
        if evaluations.__class__ is dict:
            evaluations = _from_dict_TranscriptionTranscriptEvaluationsType0(evaluations)
        elif evaluations is not UNSET and evaluations is not None:
            evaluations = mismatch(evaluations, "TranscriptionTranscript.evaluations")

        processed_at = d.get("processed_at", UNSET)
        if processed_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                processed_at = fromisoformat(processed_at)
            except ValueError:
                processed_at = parse_datetime(processed_at, "TranscriptionTranscript.processed_at")
        elif processed_at is not UNSET and processed_at is not None:
            processed_at = mismatch(processed_at, "TranscriptionTranscript.processed_at")

        timestamp = d.get("timestamp", UNSET)

        transcription_transcript = new_instance(cls)
        transcription_transcript.id = id
        transcription_transcript.reference_id = reference_id
        transcription_transcript.status = status
        transcription_transcript.qa_agent_uuid = qa_agent_uuid
        transcription_transcript.coaching_agent_uuid = coaching_agent_uuid
        transcription_transcript.conversation = conversation
        transcription_transcript.session = session
        transcription_transcript.evaluations = evaluations
        transcription_transcript.processed_at = processed_at
        transcription_transcript.timestamp = timestamp
        transcription_transcript.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "TranscriptionTranscript")
        )
        return transcription_transcript

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
