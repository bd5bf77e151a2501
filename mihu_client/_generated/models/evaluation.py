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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        v_session_uuid: str | Unset | None
        if isinstance(self.session_uuid, Unset):
            v_session_uuid = UNSET
        elif isinstance(self.session_uuid, UUID):
            v_session_uuid = str(self.session_uuid) if isinstance(self.session_uuid, UUID) else self.session_uuid
        else:
            v_session_uuid = self.session_uuid

        v_conversation_uuid: str | Unset | None
        if isinstance(self.conversation_uuid, Unset):
            v_conversation_uuid = UNSET
        elif isinstance(self.conversation_uuid, UUID):
            v_conversation_uuid = (
                str(self.conversation_uuid) if isinstance(self.conversation_uuid, UUID) else self.conversation_uuid
            )
        else:
            v_conversation_uuid = self.conversation_uuid

        v_contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            v_contact_uuid = UNSET
        elif isinstance(self.contact_uuid, UUID):
            v_contact_uuid = str(self.contact_uuid) if isinstance(self.contact_uuid, UUID) else self.contact_uuid
        else:
            v_contact_uuid = self.contact_uuid

        v_sentiment: dict[str, Any] | Unset | None
        if isinstance(self.sentiment, Unset):
            v_sentiment = UNSET
        elif isinstance(self.sentiment, EvaluationMetric):
            v_sentiment = self.sentiment.to_dict() if isinstance(self.sentiment, EvaluationMetric) else self.sentiment
        else:
            v_sentiment = self.sentiment

        v_emotion: dict[str, Any] | Unset | None
        if isinstance(self.emotion, Unset):
            v_emotion = UNSET
        elif isinstance(self.emotion, EvaluationMetric):
            v_emotion = self.emotion.to_dict() if isinstance(self.emotion, EvaluationMetric) else self.emotion
        else:
            v_emotion = self.emotion

        v_sentiment_strength: dict[str, Any] | Unset | None
        if isinstance(self.sentiment_strength, Unset):
            v_sentiment_strength = UNSET
        elif isinstance(self.sentiment_strength, EvaluationMetric):
            v_sentiment_strength = (
                self.sentiment_strength.to_dict()
                if isinstance(self.sentiment_strength, EvaluationMetric)
                else self.sentiment_strength
            )
        else:
            v_sentiment_strength = self.sentiment_strength

        v_intent: dict[str, Any] | Unset | None
        if isinstance(self.intent, Unset):
            v_intent = UNSET
        elif isinstance(self.intent, EvaluationMetric):
            v_intent = self.intent.to_dict() if isinstance(self.intent, EvaluationMetric) else self.intent
        else:
            v_intent = self.intent

        v_intent_labels: dict[str, Any] | Unset | None
        if isinstance(self.intent_labels, Unset):
            v_intent_labels = UNSET
        elif isinstance(self.intent_labels, EvaluationMetric):
            v_intent_labels = (
                self.intent_labels.to_dict() if isinstance(self.intent_labels, EvaluationMetric) else self.intent_labels
            )
        else:
            v_intent_labels = self.intent_labels

        v_knowledge_gap: dict[str, Any] | Unset | None
        if isinstance(self.knowledge_gap, Unset):
            v_knowledge_gap = UNSET
        elif isinstance(self.knowledge_gap, EvaluationMetric):
            v_knowledge_gap = (
                self.knowledge_gap.to_dict() if isinstance(self.knowledge_gap, EvaluationMetric) else self.knowledge_gap
            )
        else:
            v_knowledge_gap = self.knowledge_gap

        v_human_escalation: dict[str, Any] | Unset | None
        if isinstance(self.human_escalation, Unset):
            v_human_escalation = UNSET
        elif isinstance(self.human_escalation, EvaluationMetric):
            v_human_escalation = (
                self.human_escalation.to_dict()
                if isinstance(self.human_escalation, EvaluationMetric)
                else self.human_escalation
            )
        else:
            v_human_escalation = self.human_escalation

        v_contextual_sentiment: dict[str, Any] | Unset | None
        if isinstance(self.contextual_sentiment, Unset):
            v_contextual_sentiment = UNSET
        elif isinstance(self.contextual_sentiment, EvaluationMetric):
            v_contextual_sentiment = (
                self.contextual_sentiment.to_dict()
                if isinstance(self.contextual_sentiment, EvaluationMetric)
                else self.contextual_sentiment
            )
        else:
            v_contextual_sentiment = self.contextual_sentiment

        v_satisfaction: dict[str, Any] | Unset | None
        if isinstance(self.satisfaction, Unset):
            v_satisfaction = UNSET
        elif isinstance(self.satisfaction, EvaluationMetric):
            v_satisfaction = (
                self.satisfaction.to_dict() if isinstance(self.satisfaction, EvaluationMetric) else self.satisfaction
            )
        else:
            v_satisfaction = self.satisfaction

        v_success: dict[str, Any] | Unset | None
        if isinstance(self.success, Unset):
            v_success = UNSET
        elif isinstance(self.success, EvaluationMetric):
            v_success = self.success.to_dict() if isinstance(self.success, EvaluationMetric) else self.success
        else:
            v_success = self.success

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
        if v_session_uuid is not UNSET:
            field_dict["session_uuid"] = v_session_uuid
        if v_conversation_uuid is not UNSET:
            field_dict["conversation_uuid"] = v_conversation_uuid
        if v_contact_uuid is not UNSET:
            field_dict["contact_uuid"] = v_contact_uuid
        if v_sentiment is not UNSET:
            field_dict["sentiment"] = v_sentiment
        if v_emotion is not UNSET:
            field_dict["emotion"] = v_emotion
        if v_sentiment_strength is not UNSET:
            field_dict["sentiment_strength"] = v_sentiment_strength
        if v_intent is not UNSET:
            field_dict["intent"] = v_intent
        if v_intent_labels is not UNSET:
            field_dict["intent_labels"] = v_intent_labels
        if v_knowledge_gap is not UNSET:
            field_dict["knowledge_gap"] = v_knowledge_gap
        if v_human_escalation is not UNSET:
            field_dict["human_escalation"] = v_human_escalation
        if v_contextual_sentiment is not UNSET:
            field_dict["contextual_sentiment"] = v_contextual_sentiment
        if v_satisfaction is not UNSET:
            field_dict["satisfaction"] = v_satisfaction
        if v_success is not UNSET:
            field_dict["success"] = v_success
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
            v_uuid = parse_uuid(v_uuid, "Evaluation.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Evaluation.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Evaluation.uuid")

        v_session_uuid = d.get("session_uuid", UNSET)
        if v_session_uuid.__class__ is str:
            v_session_uuid = parse_uuid(v_session_uuid, "Evaluation.session_uuid")
        elif v_session_uuid is not UNSET and v_session_uuid is not None:
            v_session_uuid = mismatch(v_session_uuid, "Evaluation.session_uuid")

        v_conversation_uuid = d.get("conversation_uuid", UNSET)
        if v_conversation_uuid.__class__ is str:
            v_conversation_uuid = parse_uuid(v_conversation_uuid, "Evaluation.conversation_uuid")
        elif v_conversation_uuid is not UNSET and v_conversation_uuid is not None:
            v_conversation_uuid = mismatch(v_conversation_uuid, "Evaluation.conversation_uuid")

        v_contact_uuid = d.get("contact_uuid", UNSET)
        if v_contact_uuid.__class__ is str:
            v_contact_uuid = parse_uuid(v_contact_uuid, "Evaluation.contact_uuid")
        elif v_contact_uuid is not UNSET and v_contact_uuid is not None:
            v_contact_uuid = mismatch(v_contact_uuid, "Evaluation.contact_uuid")

        v_sentiment = d.get("sentiment", UNSET)
        if v_sentiment.__class__ is dict:
            v_sentiment = _from_dict_EvaluationMetric(v_sentiment)
        elif v_sentiment is not UNSET and v_sentiment is not None:
            v_sentiment = mismatch(v_sentiment, "Evaluation.sentiment")

        v_emotion = d.get("emotion", UNSET)
        if v_emotion.__class__ is dict:
            v_emotion = _from_dict_EvaluationMetric(v_emotion)
        elif v_emotion is not UNSET and v_emotion is not None:
            v_emotion = mismatch(v_emotion, "Evaluation.emotion")

        v_sentiment_strength = d.get("sentiment_strength", UNSET)
        if v_sentiment_strength.__class__ is dict:
            v_sentiment_strength = _from_dict_EvaluationMetric(v_sentiment_strength)
        elif v_sentiment_strength is not UNSET and v_sentiment_strength is not None:
            v_sentiment_strength = mismatch(v_sentiment_strength, "Evaluation.sentiment_strength")

        v_intent = d.get("intent", UNSET)
        if v_intent.__class__ is dict:
            v_intent = _from_dict_EvaluationMetric(v_intent)
        elif v_intent is not UNSET and v_intent is not None:
            v_intent = mismatch(v_intent, "Evaluation.intent")

        v_intent_labels = d.get("intent_labels", UNSET)
        if v_intent_labels.__class__ is dict:
            v_intent_labels = _from_dict_EvaluationMetric(v_intent_labels)
        elif v_intent_labels is not UNSET and v_intent_labels is not None:
            v_intent_labels = mismatch(v_intent_labels, "Evaluation.intent_labels")

        v_knowledge_gap = d.get("knowledge_gap", UNSET)
        if v_knowledge_gap.__class__ is dict:
            v_knowledge_gap = _from_dict_EvaluationMetric(v_knowledge_gap)
        elif v_knowledge_gap is not UNSET and v_knowledge_gap is not None:
            v_knowledge_gap = mismatch(v_knowledge_gap, "Evaluation.knowledge_gap")

        v_human_escalation = d.get("human_escalation", UNSET)
        if v_human_escalation.__class__ is dict:
            v_human_escalation = _from_dict_EvaluationMetric(v_human_escalation)
        elif v_human_escalation is not UNSET and v_human_escalation is not None:
            v_human_escalation = mismatch(v_human_escalation, "Evaluation.human_escalation")

        v_contextual_sentiment = d.get("contextual_sentiment", UNSET)
        if v_contextual_sentiment.__class__ is dict:
            v_contextual_sentiment = _from_dict_EvaluationMetric(v_contextual_sentiment)
        elif v_contextual_sentiment is not UNSET and v_contextual_sentiment is not None:
            v_contextual_sentiment = mismatch(v_contextual_sentiment, "Evaluation.contextual_sentiment")

        v_satisfaction = d.get("satisfaction", UNSET)
        if v_satisfaction.__class__ is dict:
            v_satisfaction = _from_dict_EvaluationMetric(v_satisfaction)
        elif v_satisfaction is not UNSET and v_satisfaction is not None:
            v_satisfaction = mismatch(v_satisfaction, "Evaluation.satisfaction")

        v_success = d.get("success", UNSET)
        if v_success.__class__ is dict:
            v_success = _from_dict_EvaluationMetric(v_success)
        elif v_success is not UNSET and v_success is not None:
            v_success = mismatch(v_success, "Evaluation.success")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Evaluation.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Evaluation.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Evaluation.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Evaluation.updated_at")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
        _instance.session_uuid = v_session_uuid
        _instance.conversation_uuid = v_conversation_uuid
        _instance.contact_uuid = v_contact_uuid
        _instance.sentiment = v_sentiment
        _instance.emotion = v_emotion
        _instance.sentiment_strength = v_sentiment_strength
        _instance.intent = v_intent
        _instance.intent_labels = v_intent_labels
        _instance.knowledge_gap = v_knowledge_gap
        _instance.human_escalation = v_human_escalation
        _instance.contextual_sentiment = v_contextual_sentiment
        _instance.satisfaction = v_satisfaction
        _instance.success = v_success
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "Evaluation")
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
