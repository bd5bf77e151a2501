from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        from ..models.evaluation_metric import EvaluationMetric

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        session_uuid: str | Unset | None
        if isinstance(self.session_uuid, Unset):
            session_uuid = UNSET
        elif isinstance(self.session_uuid, UUID):
            session_uuid = str(self.session_uuid)
        else:
            session_uuid = self.session_uuid

        conversation_uuid: str | Unset | None
        if isinstance(self.conversation_uuid, Unset):
            conversation_uuid = UNSET
        elif isinstance(self.conversation_uuid, UUID):
            conversation_uuid = str(self.conversation_uuid)
        else:
            conversation_uuid = self.conversation_uuid

        contact_uuid: str | Unset | None
        if isinstance(self.contact_uuid, Unset):
            contact_uuid = UNSET
        elif isinstance(self.contact_uuid, UUID):
            contact_uuid = str(self.contact_uuid)
        else:
            contact_uuid = self.contact_uuid

        sentiment: dict[str, Any] | Unset | None
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        elif isinstance(self.sentiment, EvaluationMetric):
            sentiment = self.sentiment.to_dict()
        else:
            sentiment = self.sentiment

        emotion: dict[str, Any] | Unset | None
        if isinstance(self.emotion, Unset):
            emotion = UNSET
        elif isinstance(self.emotion, EvaluationMetric):
            emotion = self.emotion.to_dict()
        else:
            emotion = self.emotion

        sentiment_strength: dict[str, Any] | Unset | None
        if isinstance(self.sentiment_strength, Unset):
            sentiment_strength = UNSET
        elif isinstance(self.sentiment_strength, EvaluationMetric):
            sentiment_strength = self.sentiment_strength.to_dict()
        else:
            sentiment_strength = self.sentiment_strength

        intent: dict[str, Any] | Unset | None
        if isinstance(self.intent, Unset):
            intent = UNSET
        elif isinstance(self.intent, EvaluationMetric):
            intent = self.intent.to_dict()
        else:
            intent = self.intent

        intent_labels: dict[str, Any] | Unset | None
        if isinstance(self.intent_labels, Unset):
            intent_labels = UNSET
        elif isinstance(self.intent_labels, EvaluationMetric):
            intent_labels = self.intent_labels.to_dict()
        else:
            intent_labels = self.intent_labels

        knowledge_gap: dict[str, Any] | Unset | None
        if isinstance(self.knowledge_gap, Unset):
            knowledge_gap = UNSET
        elif isinstance(self.knowledge_gap, EvaluationMetric):
            knowledge_gap = self.knowledge_gap.to_dict()
        else:
            knowledge_gap = self.knowledge_gap

        human_escalation: dict[str, Any] | Unset | None
        if isinstance(self.human_escalation, Unset):
            human_escalation = UNSET
        elif isinstance(self.human_escalation, EvaluationMetric):
            human_escalation = self.human_escalation.to_dict()
        else:
            human_escalation = self.human_escalation

        contextual_sentiment: dict[str, Any] | Unset | None
        if isinstance(self.contextual_sentiment, Unset):
            contextual_sentiment = UNSET
        elif isinstance(self.contextual_sentiment, EvaluationMetric):
            contextual_sentiment = self.contextual_sentiment.to_dict()
        else:
            contextual_sentiment = self.contextual_sentiment

        satisfaction: dict[str, Any] | Unset | None
        if isinstance(self.satisfaction, Unset):
            satisfaction = UNSET
        elif isinstance(self.satisfaction, EvaluationMetric):
            satisfaction = self.satisfaction.to_dict()
        else:
            satisfaction = self.satisfaction

        success: dict[str, Any] | Unset | None
        if isinstance(self.success, Unset):
            success = UNSET
        elif isinstance(self.success, EvaluationMetric):
            success = self.success.to_dict()
        else:
            success = self.success

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
        from ..models.evaluation_metric import EvaluationMetric

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_session_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_uuid_type_0 = UUID(data)

                return session_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_uuid = _parse_session_uuid(d.pop("session_uuid", UNSET))

        def _parse_conversation_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_uuid_type_0 = UUID(data)

                return conversation_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conversation_uuid = _parse_conversation_uuid(d.pop("conversation_uuid", UNSET))

        def _parse_contact_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contact_uuid_type_0 = UUID(data)

                return contact_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        contact_uuid = _parse_contact_uuid(d.pop("contact_uuid", UNSET))

        def _parse_sentiment(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sentiment_type_1 = EvaluationMetric.from_dict(data)

                return sentiment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

        def _parse_emotion(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emotion_type_1 = EvaluationMetric.from_dict(data)

                return emotion_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        emotion = _parse_emotion(d.pop("emotion", UNSET))

        def _parse_sentiment_strength(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sentiment_strength_type_1 = EvaluationMetric.from_dict(data)

                return sentiment_strength_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        sentiment_strength = _parse_sentiment_strength(d.pop("sentiment_strength", UNSET))

        def _parse_intent(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                intent_type_1 = EvaluationMetric.from_dict(data)

                return intent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        intent = _parse_intent(d.pop("intent", UNSET))

        def _parse_intent_labels(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                intent_labels_type_1 = EvaluationMetric.from_dict(data)

                return intent_labels_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        intent_labels = _parse_intent_labels(d.pop("intent_labels", UNSET))

        def _parse_knowledge_gap(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                knowledge_gap_type_1 = EvaluationMetric.from_dict(data)

                return knowledge_gap_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        knowledge_gap = _parse_knowledge_gap(d.pop("knowledge_gap", UNSET))

        def _parse_human_escalation(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                human_escalation_type_1 = EvaluationMetric.from_dict(data)

                return human_escalation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        human_escalation = _parse_human_escalation(d.pop("human_escalation", UNSET))

        def _parse_contextual_sentiment(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contextual_sentiment_type_1 = EvaluationMetric.from_dict(data)

                return contextual_sentiment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        contextual_sentiment = _parse_contextual_sentiment(d.pop("contextual_sentiment", UNSET))

        def _parse_satisfaction(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                satisfaction_type_1 = EvaluationMetric.from_dict(data)

                return satisfaction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        satisfaction = _parse_satisfaction(d.pop("satisfaction", UNSET))

        def _parse_success(data: object) -> EvaluationMetric | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                success_type_1 = EvaluationMetric.from_dict(data)

                return success_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationMetric | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

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

        evaluation = cls(
            uuid=uuid,
            session_uuid=session_uuid,
            conversation_uuid=conversation_uuid,
            contact_uuid=contact_uuid,
            sentiment=sentiment,
            emotion=emotion,
            sentiment_strength=sentiment_strength,
            intent=intent,
            intent_labels=intent_labels,
            knowledge_gap=knowledge_gap,
            human_escalation=human_escalation,
            contextual_sentiment=contextual_sentiment,
            satisfaction=satisfaction,
            success=success,
            created_at=created_at,
            updated_at=updated_at,
        )

        evaluation.additional_properties = d
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
