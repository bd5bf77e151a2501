from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.evaluate_feature import EvaluateFeature


T = TypeVar("T", bound="EvaluateChannelSettings")


@_attrs_define
class EvaluateChannelSettings:
    """Per-channel-family (text or voice) analyzer feature map."""

    sentiment_analyzer: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    emotion_detection: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    intensity_strength_levels: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    intent_action_sentiment: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    intent_labels: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    knowledge_gap: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    human_escalation_detection: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    contextual_sentiment: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    customer_satisfaction_score: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    success_evaluation_prompt: EvaluateFeature | Unset = UNSET
    """ One analyzer feature of the evaluate settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sentiment_analyzer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment_analyzer, Unset):
            sentiment_analyzer = (
                self.sentiment_analyzer.to_dict()
                if hasattr(self.sentiment_analyzer, "to_dict")
                else self.sentiment_analyzer
            )

        emotion_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotion_detection, Unset):
            emotion_detection = (
                self.emotion_detection.to_dict()
                if hasattr(self.emotion_detection, "to_dict")
                else self.emotion_detection
            )

        intensity_strength_levels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intensity_strength_levels, Unset):
            intensity_strength_levels = (
                self.intensity_strength_levels.to_dict()
                if hasattr(self.intensity_strength_levels, "to_dict")
                else self.intensity_strength_levels
            )

        intent_action_sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent_action_sentiment, Unset):
            intent_action_sentiment = (
                self.intent_action_sentiment.to_dict()
                if hasattr(self.intent_action_sentiment, "to_dict")
                else self.intent_action_sentiment
            )

        intent_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent_labels, Unset):
            intent_labels = (
                self.intent_labels.to_dict() if hasattr(self.intent_labels, "to_dict") else self.intent_labels
            )

        knowledge_gap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_gap, Unset):
            knowledge_gap = (
                self.knowledge_gap.to_dict() if hasattr(self.knowledge_gap, "to_dict") else self.knowledge_gap
            )

        human_escalation_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.human_escalation_detection, Unset):
            human_escalation_detection = (
                self.human_escalation_detection.to_dict()
                if hasattr(self.human_escalation_detection, "to_dict")
                else self.human_escalation_detection
            )

        contextual_sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contextual_sentiment, Unset):
            contextual_sentiment = (
                self.contextual_sentiment.to_dict()
                if hasattr(self.contextual_sentiment, "to_dict")
                else self.contextual_sentiment
            )

        customer_satisfaction_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_satisfaction_score, Unset):
            customer_satisfaction_score = (
                self.customer_satisfaction_score.to_dict()
                if hasattr(self.customer_satisfaction_score, "to_dict")
                else self.customer_satisfaction_score
            )

        success_evaluation_prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success_evaluation_prompt, Unset):
            success_evaluation_prompt = (
                self.success_evaluation_prompt.to_dict()
                if hasattr(self.success_evaluation_prompt, "to_dict")
                else self.success_evaluation_prompt
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sentiment_analyzer is not UNSET:
            field_dict["sentiment_analyzer"] = sentiment_analyzer
        if emotion_detection is not UNSET:
            field_dict["emotion_detection"] = emotion_detection
        if intensity_strength_levels is not UNSET:
            field_dict["intensity_strength_levels"] = intensity_strength_levels
        if intent_action_sentiment is not UNSET:
            field_dict["intent_action_sentiment"] = intent_action_sentiment
        if intent_labels is not UNSET:
            field_dict["intent_labels"] = intent_labels
        if knowledge_gap is not UNSET:
            field_dict["knowledge_gap"] = knowledge_gap
        if human_escalation_detection is not UNSET:
            field_dict["human_escalation_detection"] = human_escalation_detection
        if contextual_sentiment is not UNSET:
            field_dict["contextual_sentiment"] = contextual_sentiment
        if customer_satisfaction_score is not UNSET:
            field_dict["customer_satisfaction_score"] = customer_satisfaction_score
        if success_evaluation_prompt is not UNSET:
            field_dict["success_evaluation_prompt"] = success_evaluation_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        sentiment_analyzer = d.get("sentiment_analyzer", UNSET)
        if sentiment_analyzer.__class__ is dict:
            sentiment_analyzer = _from_dict_EvaluateFeature(sentiment_analyzer)
        elif sentiment_analyzer is None:
            sentiment_analyzer = unexpected_null("EvaluateChannelSettings.sentiment_analyzer")
        elif sentiment_analyzer is not UNSET and sentiment_analyzer is not None:
            sentiment_analyzer = mismatch(sentiment_analyzer, "EvaluateChannelSettings.sentiment_analyzer")

        emotion_detection = d.get("emotion_detection", UNSET)
        if emotion_detection.__class__ is dict:
            emotion_detection = _from_dict_EvaluateFeature(emotion_detection)
        elif emotion_detection is None:
            emotion_detection = unexpected_null("EvaluateChannelSettings.emotion_detection")
        elif emotion_detection is not UNSET and emotion_detection is not None:
            emotion_detection = mismatch(emotion_detection, "EvaluateChannelSettings.emotion_detection")

        intensity_strength_levels = d.get("intensity_strength_levels", UNSET)
        if intensity_strength_levels.__class__ is dict:
            intensity_strength_levels = _from_dict_EvaluateFeature(intensity_strength_levels)
        elif intensity_strength_levels is None:
            intensity_strength_levels = unexpected_null("EvaluateChannelSettings.intensity_strength_levels")
        elif intensity_strength_levels is not UNSET and intensity_strength_levels is not None:
            intensity_strength_levels = mismatch(
                intensity_strength_levels, "EvaluateChannelSettings.intensity_strength_levels"
            )

        intent_action_sentiment = d.get("intent_action_sentiment", UNSET)
        if intent_action_sentiment.__class__ is dict:
            intent_action_sentiment = _from_dict_EvaluateFeature(intent_action_sentiment)
        elif intent_action_sentiment is None:
            intent_action_sentiment = unexpected_null("EvaluateChannelSettings.intent_action_sentiment")
        elif intent_action_sentiment is not UNSET and intent_action_sentiment is not None:
            intent_action_sentiment = mismatch(
                intent_action_sentiment, "EvaluateChannelSettings.intent_action_sentiment"
            )

        intent_labels = d.get("intent_labels", UNSET)
        if intent_labels.__class__ is dict:
            intent_labels = _from_dict_EvaluateFeature(intent_labels)
        elif intent_labels is None:
            intent_labels = unexpected_null("EvaluateChannelSettings.intent_labels")
        elif intent_labels is not UNSET and intent_labels is not None:
            intent_labels = mismatch(intent_labels, "EvaluateChannelSettings.intent_labels")

        knowledge_gap = d.get("knowledge_gap", UNSET)
        if knowledge_gap.__class__ is dict:
            knowledge_gap = _from_dict_EvaluateFeature(knowledge_gap)
        elif knowledge_gap is None:
            knowledge_gap = unexpected_null("EvaluateChannelSettings.knowledge_gap")
        elif knowledge_gap is not UNSET and knowledge_gap is not None:
            knowledge_gap = mismatch(knowledge_gap, "EvaluateChannelSettings.knowledge_gap")

        human_escalation_detection = d.get("human_escalation_detection", UNSET)
        if human_escalation_detection.__class__ is dict:
            human_escalation_detection = _from_dict_EvaluateFeature(human_escalation_detection)
        elif human_escalation_detection is None:
            human_escalation_detection = unexpected_null("EvaluateChannelSettings.human_escalation_detection")
        elif human_escalation_detection is not UNSET and human_escalation_detection is not None:
            human_escalation_detection = mismatch(
                human_escalation_detection, "EvaluateChannelSettings.human_escalation_detection"
            )

        contextual_sentiment = d.get("contextual_sentiment", UNSET)
        if contextual_sentiment.__class__ is dict:
            contextual_sentiment = _from_dict_EvaluateFeature(contextual_sentiment)
        elif contextual_sentiment is None:
            contextual_sentiment = unexpected_null("EvaluateChannelSettings.contextual_sentiment")
        elif contextual_sentiment is not UNSET and contextual_sentiment is not None:
            contextual_sentiment = mismatch(contextual_sentiment, "EvaluateChannelSettings.contextual_sentiment")

        customer_satisfaction_score = d.get("customer_satisfaction_score", UNSET)
        if customer_satisfaction_score.__class__ is dict:
            customer_satisfaction_score = _from_dict_EvaluateFeature(customer_satisfaction_score)
        elif customer_satisfaction_score is None:
            customer_satisfaction_score = unexpected_null("EvaluateChannelSettings.customer_satisfaction_score")
        elif customer_satisfaction_score is not UNSET and customer_satisfaction_score is not None:
            customer_satisfaction_score = mismatch(
                customer_satisfaction_score, "EvaluateChannelSettings.customer_satisfaction_score"
            )

        success_evaluation_prompt = d.get("success_evaluation_prompt", UNSET)
        if success_evaluation_prompt.__class__ is dict:
            success_evaluation_prompt = _from_dict_EvaluateFeature(success_evaluation_prompt)
        elif success_evaluation_prompt is None:
            success_evaluation_prompt = unexpected_null("EvaluateChannelSettings.success_evaluation_prompt")
        elif success_evaluation_prompt is not UNSET and success_evaluation_prompt is not None:
            success_evaluation_prompt = mismatch(
                success_evaluation_prompt, "EvaluateChannelSettings.success_evaluation_prompt"
            )

        evaluate_channel_settings = new_instance(cls)
        evaluate_channel_settings.sentiment_analyzer = sentiment_analyzer
        evaluate_channel_settings.emotion_detection = emotion_detection
        evaluate_channel_settings.intensity_strength_levels = intensity_strength_levels
        evaluate_channel_settings.intent_action_sentiment = intent_action_sentiment
        evaluate_channel_settings.intent_labels = intent_labels
        evaluate_channel_settings.knowledge_gap = knowledge_gap
        evaluate_channel_settings.human_escalation_detection = human_escalation_detection
        evaluate_channel_settings.contextual_sentiment = contextual_sentiment
        evaluate_channel_settings.customer_satisfaction_score = customer_satisfaction_score
        evaluate_channel_settings.success_evaluation_prompt = success_evaluation_prompt
        evaluate_channel_settings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return evaluate_channel_settings

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
        "sentiment_analyzer",
        "emotion_detection",
        "intensity_strength_levels",
        "intent_action_sentiment",
        "intent_labels",
        "knowledge_gap",
        "human_escalation_detection",
        "contextual_sentiment",
        "customer_satisfaction_score",
        "success_evaluation_prompt",
    )
)

from ..models.evaluate_feature import EvaluateFeature

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict

_from_dict_EvaluateFeature = EvaluateFeature.from_dict
