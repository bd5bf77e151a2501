from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.transcription_conversation import TranscriptionConversation
        from ..models.transcription_session import TranscriptionSession
        from ..models.transcription_transcript_evaluations_type_0 import TranscriptionTranscriptEvaluationsType0

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

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
            qa_agent_uuid = str(self.qa_agent_uuid)
        else:
            qa_agent_uuid = self.qa_agent_uuid

        coaching_agent_uuid: str | Unset | None
        if isinstance(self.coaching_agent_uuid, Unset):
            coaching_agent_uuid = UNSET
        elif isinstance(self.coaching_agent_uuid, UUID):
            coaching_agent_uuid = str(self.coaching_agent_uuid)
        else:
            coaching_agent_uuid = self.coaching_agent_uuid

        conversation: dict[str, Any] | Unset | None
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, TranscriptionConversation):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        session: dict[str, Any] | Unset | None
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, TranscriptionSession):
            session = self.session.to_dict()
        else:
            session = self.session

        evaluations: dict[str, Any] | Unset | None
        if isinstance(self.evaluations, Unset):
            evaluations = UNSET
        elif isinstance(self.evaluations, TranscriptionTranscriptEvaluationsType0):
            evaluations = self.evaluations.to_dict()
        else:
            evaluations = self.evaluations

        processed_at: str | Unset | None
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat()
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
        from ..models.transcription_conversation import TranscriptionConversation
        from ..models.transcription_session import TranscriptionSession
        from ..models.transcription_transcript_evaluations_type_0 import TranscriptionTranscriptEvaluationsType0

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        def _parse_reference_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("reference_id", UNSET))

        status = d.pop("status", UNSET)

        def _parse_qa_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qa_agent_uuid_type_0 = UUID(data)

                return qa_agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        qa_agent_uuid = _parse_qa_agent_uuid(d.pop("qa_agent_uuid", UNSET))

        def _parse_coaching_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coaching_agent_uuid_type_0 = UUID(data)

                return coaching_agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        coaching_agent_uuid = _parse_coaching_agent_uuid(d.pop("coaching_agent_uuid", UNSET))

        def _parse_conversation(data: object) -> TranscriptionConversation | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_1 = TranscriptionConversation.from_dict(data)

                return conversation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionConversation | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_session(data: object) -> TranscriptionSession | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_1 = TranscriptionSession.from_dict(data)

                return session_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionSession | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        def _parse_evaluations(data: object) -> TranscriptionTranscriptEvaluationsType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evaluations_type_0 = TranscriptionTranscriptEvaluationsType0.from_dict(data)

                return evaluations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionTranscriptEvaluationsType0 | Unset, data)

        evaluations = _parse_evaluations(d.pop("evaluations", UNSET))

        def _parse_processed_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                processed_at_type_0 = datetime.datetime.fromisoformat(data)

                return processed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        def _parse_timestamp(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        transcription_transcript = cls(
            id=id,
            reference_id=reference_id,
            status=status,
            qa_agent_uuid=qa_agent_uuid,
            coaching_agent_uuid=coaching_agent_uuid,
            conversation=conversation,
            session=session,
            evaluations=evaluations,
            processed_at=processed_at,
            timestamp=timestamp,
        )

        transcription_transcript.additional_properties = d
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
