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
    from ..models.evaluation_metric import EvaluationMetric


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    """AI-generated analysis record for one conversation session."""

    uuid: UUID | Unset = UNSET
    session_uuid: Unset | UUID | None = UNSET
    conversation_uuid: Unset | UUID | None = UNSET
    contact_uuid: Unset | UUID | None = UNSET
    sentiment: EvaluationMetric | Unset | None = UNSET
    emotion: EvaluationMetric | Unset | None = UNSET
    sentiment_strength: EvaluationMetric | Unset | None = UNSET
    intent: EvaluationMetric | Unset | None = UNSET
    intent_labels: EvaluationMetric | Unset | None = UNSET
    knowledge_gap: EvaluationMetric | Unset | None = UNSET
    human_escalation: EvaluationMetric | Unset | None = UNSET
    contextual_sentiment: EvaluationMetric | Unset | None = UNSET
    satisfaction: EvaluationMetric | Unset | None = UNSET
    success: EvaluationMetric | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        session_uuid: str | Unset | None
        if isinstance(self.session_uuid, Unset):
            session_uuid = UNSET
        elif isinstance(self.session_uuid, UUID):
            session_uuid = str(self.session_uuid) if isinstance(self.session_uuid, UUID) else self.session_uuid
        else:
            session_uuid = self.session_uuid

        conversation_uuid: str | Unset | None
        if isinstance(self.conversation_uuid, Unset):
            conversation_uuid = UNSET
        elif isinstance(self.conversation_uuid, UUID):
            conversation_uuid = (
                str(self.conversation_uuid) if isinstance(self.conversation_uuid, UUID) else self.conversation_uuid
            )
        else:
            conversation_uuid = self.conversation_uuid

        contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            contact_uuid = UNSET
        elif isinstance(self.contact_uuid, UUID):
            contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid
        else:
            contact_uuid = self.contact_uuid

        sentiment: dict[str, Any] | Unset | None
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        elif isinstance(self.sentiment, EvaluationMetric):
            sentiment = self.sentiment.to_dict() if hasattr(self.sentiment, "to_dict") else self.sentiment
        else:
            sentiment = self.sentiment

        emotion: dict[str, Any] | Unset | None
        if isinstance(self.emotion, Unset):
            emotion = UNSET
        elif isinstance(self.emotion, EvaluationMetric):
            emotion = self.emotion.to_dict() if hasattr(self.emotion, "to_dict") else self.emotion
        else:
            emotion = self.emotion

        sentiment_strength: dict[str, Any] | Unset | None
        if isinstance(self.sentiment_strength, Unset):
            sentiment_strength = UNSET
        elif isinstance(self.sentiment_strength, EvaluationMetric):
            sentiment_strength = (
                self.sentiment_strength.to_dict()
                if hasattr(self.sentiment_strength, "to_dict")
                else self.sentiment_strength
            )
        else:
            sentiment_strength = self.sentiment_strength

        intent: dict[str, Any] | Unset | None
        if isinstance(self.intent, Unset):
            intent = UNSET
        elif isinstance(self.intent, EvaluationMetric):
            intent = self.intent.to_dict() if hasattr(self.intent, "to_dict") else self.intent
        else:
            intent = self.intent

        intent_labels: dict[str, Any] | Unset | None
        if isinstance(self.intent_labels, Unset):
            intent_labels = UNSET
        elif isinstance(self.intent_labels, EvaluationMetric):
            intent_labels = (
                self.intent_labels.to_dict() if hasattr(self.intent_labels, "to_dict") else self.intent_labels
            )
        else:
            intent_labels = self.intent_labels

        knowledge_gap: dict[str, Any] | Unset | None
        if isinstance(self.knowledge_gap, Unset):
            knowledge_gap = UNSET
        elif isinstance(self.knowledge_gap, EvaluationMetric):
            knowledge_gap = (
                self.knowledge_gap.to_dict() if hasattr(self.knowledge_gap, "to_dict") else self.knowledge_gap
            )
        else:
            knowledge_gap = self.knowledge_gap

        human_escalation: dict[str, Any] | Unset | None
        if isinstance(self.human_escalation, Unset):
            human_escalation = UNSET
        elif isinstance(self.human_escalation, EvaluationMetric):
            human_escalation = (
                self.human_escalation.to_dict() if hasattr(self.human_escalation, "to_dict") else self.human_escalation
            )
        else:
            human_escalation = self.human_escalation

        contextual_sentiment: dict[str, Any] | Unset | None
        if isinstance(self.contextual_sentiment, Unset):
            contextual_sentiment = UNSET
        elif isinstance(self.contextual_sentiment, EvaluationMetric):
            contextual_sentiment = (
                self.contextual_sentiment.to_dict()
                if hasattr(self.contextual_sentiment, "to_dict")
                else self.contextual_sentiment
            )
        else:
            contextual_sentiment = self.contextual_sentiment

        satisfaction: dict[str, Any] | Unset | None
        if isinstance(self.satisfaction, Unset):
            satisfaction = UNSET
        elif isinstance(self.satisfaction, EvaluationMetric):
            satisfaction = self.satisfaction.to_dict() if hasattr(self.satisfaction, "to_dict") else self.satisfaction
        else:
            satisfaction = self.satisfaction

        success: dict[str, Any] | Unset | None
        if isinstance(self.success, Unset):
            success = UNSET
        elif isinstance(self.success, EvaluationMetric):
            success = self.success.to_dict() if hasattr(self.success, "to_dict") else self.success
        else:
            success = self.success

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if session_uuid is not UNSET:
            field_dict["session_uuid"] = session_uuid
        if conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = conversation_uuid
        if contact_uuid is not UNSET:
            field_dict["contact_uuid"] = contact_uuid
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if emotion is not UNSET:
            field_dict["emotion"] = emotion
        if sentiment_strength is not UNSET:
            field_dict["sentiment_strength"] = sentiment_strength
        if intent is not UNSET:
            field_dict["intent"] = intent
        if intent_labels is not UNSET:
            field_dict["intent_labels"] = intent_labels
        if knowledge_gap is not UNSET:
            field_dict["knowledge_gap"] = knowledge_gap
        if human_escalation is not UNSET:
            field_dict["human_escalation"] = human_escalation
        if contextual_sentiment is not UNSET:
            field_dict["contextual_sentiment"] = contextual_sentiment
        if satisfaction is not UNSET:
            field_dict["satisfaction"] = satisfaction
        if success is not UNSET:
            field_dict["success"] = success
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Evaluation.uuid")
        elif uuid is None:
            uuid = unexpected_null("Evaluation.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Evaluation.uuid")

        session_uuid = d.get("session_uuid", UNSET)
        if session_uuid.__class__ is str:
            session_uuid = parse_uuid(session_uuid, "Evaluation.session_uuid")
        elif session_uuid is not UNSET and session_uuid is not None:
            session_uuid = mismatch(session_uuid, "Evaluation.session_uuid")

        conversation_uuid = d.get("conversation_uuid", UNSET)
        if conversation_uuid.__class__ is str:
            conversation_uuid = parse_uuid(conversation_uuid, "Evaluation.conversation_uuid")
        elif conversation_uuid is not UNSET and conversation_uuid is not None:
            conversation_uuid = mismatch(conversation_uuid, "Evaluation.conversation_uuid")

        contact_uuid = d.get("contact_uuid", UNSET)
        if contact_uuid.__class__ is str:
            contact_uuid = parse_uuid(contact_uuid, "Evaluation.contact_uuid")
        elif contact_uuid is not UNSET and contact_uuid is not None:
            contact_uuid = mismatch(contact_uuid, "Evaluation.contact_uuid")

        sentiment = d.get("sentiment", UNSET)
        if sentiment.__class__ is dict:
            sentiment = _from_dict_EvaluationMetric(sentiment)
        elif sentiment is not UNSET and sentiment is not None:
            sentiment = mismatch(sentiment, "Evaluation.sentiment")

        emotion = d.get("emotion", UNSET)
        if emotion.__class__ is dict:
            emotion = _from_dict_EvaluationMetric(emotion)
        elif emotion is not UNSET and emotion is not None:
            emotion = mismatch(emotion, "Evaluation.emotion")

        sentiment_strength = d.get("sentiment_strength", UNSET)
        if sentiment_strength.__class__ is dict:
            sentiment_strength = _from_dict_EvaluationMetric(sentiment_strength)
        elif sentiment_strength is not UNSET and sentiment_strength is not None:
            sentiment_strength = mismatch(sentiment_strength, "Evaluation.sentiment_strength")

        intent = d.get("intent", UNSET)
        if intent.__class__ is dict:
            intent = _from_dict_EvaluationMetric(intent)
        elif intent is not UNSET and intent is not None:
            intent = mismatch(intent, "Evaluation.intent")

        intent_labels = d.get("intent_labels", UNSET)
        if intent_labels.__class__ is dict:
            intent_labels = _from_dict_EvaluationMetric(intent_labels)
        elif intent_labels is not UNSET and intent_labels is not None:
            intent_labels = mismatch(intent_labels, "Evaluation.intent_labels")

        knowledge_gap = d.get("knowledge_gap", UNSET)
        if knowledge_gap.__class__ is dict:
            knowledge_gap = _from_dict_EvaluationMetric(knowledge_gap)
        elif knowledge_gap is not UNSET and knowledge_gap is not None:
            knowledge_gap = mismatch(knowledge_gap, "Evaluation.knowledge_gap")

        human_escalation = d.get("human_escalation", UNSET)
        if human_escalation.__class__ is dict:
            human_escalation = _from_dict_EvaluationMetric(human_escalation)
        elif human_escalation is not UNSET and human_escalation is not None:
            human_escalation = mismatch(human_escalation, "Evaluation.human_escalation")

        contextual_sentiment = d.get("contextual_sentiment", UNSET)
        if contextual_sentiment.__class__ is dict:
            contextual_sentiment = _from_dict_EvaluationMetric(contextual_sentiment)
        elif contextual_sentiment is not UNSET and contextual_sentiment is not None:
            contextual_sentiment = mismatch(contextual_sentiment, "Evaluation.contextual_sentiment")

        satisfaction = d.get("satisfaction", UNSET)
        if satisfaction.__class__ is dict:
            satisfaction = _from_dict_EvaluationMetric(satisfaction)
        elif satisfaction is not UNSET and satisfaction is not None:
            satisfaction = mismatch(satisfaction, "Evaluation.satisfaction")

        success = d.get("success", UNSET)
        if success.__class__ is dict:
            success = _from_dict_EvaluationMetric(success)
        elif success is not UNSET and success is not None:
            success = mismatch(success, "Evaluation.success")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Evaluation.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Evaluation.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Evaluation.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Evaluation.updated_at")

        evaluation = new_instance(cls)
        evaluation.uuid = uuid
        evaluation.session_uuid = session_uuid
        evaluation.conversation_uuid = conversation_uuid
        evaluation.contact_uuid = contact_uuid
        evaluation.sentiment = sentiment
        evaluation.emotion = emotion
        evaluation.sentiment_strength = sentiment_strength
        evaluation.intent = intent
        evaluation.intent_labels = intent_labels
        evaluation.knowledge_gap = knowledge_gap
        evaluation.human_escalation = human_escalation
        evaluation.contextual_sentiment = contextual_sentiment
        evaluation.satisfaction = satisfaction
        evaluation.success = success
        evaluation.created_at = created_at
        evaluation.updated_at = updated_at
        evaluation.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Evaluation")
        )
        return evaluation

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
        "session_uuid",
        "conversation_uuid",
        "contact_uuid",
        "sentiment",
        "emotion",
        "sentiment_strength",
        "intent",
        "intent_labels",
        "knowledge_gap",
        "human_escalation",
        "contextual_sentiment",
        "satisfaction",
        "success",
        "created_at",
        "updated_at",
    )
)

from ..models.evaluation_metric import EvaluationMetric

_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict


_from_dict_EvaluationMetric = EvaluationMetric.from_dict
