from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            sentiment_analyzer = self.sentiment_analyzer.to_dict()

        emotion_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotion_detection, Unset):
            emotion_detection = self.emotion_detection.to_dict()

        intensity_strength_levels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intensity_strength_levels, Unset):
            intensity_strength_levels = self.intensity_strength_levels.to_dict()

        intent_action_sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent_action_sentiment, Unset):
            intent_action_sentiment = self.intent_action_sentiment.to_dict()

        intent_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent_labels, Unset):
            intent_labels = self.intent_labels.to_dict()

        knowledge_gap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_gap, Unset):
            knowledge_gap = self.knowledge_gap.to_dict()

        human_escalation_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.human_escalation_detection, Unset):
            human_escalation_detection = self.human_escalation_detection.to_dict()

        contextual_sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contextual_sentiment, Unset):
            contextual_sentiment = self.contextual_sentiment.to_dict()

        customer_satisfaction_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_satisfaction_score, Unset):
            customer_satisfaction_score = self.customer_satisfaction_score.to_dict()

        success_evaluation_prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success_evaluation_prompt, Unset):
            success_evaluation_prompt = self.success_evaluation_prompt.to_dict()

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
        from ..models.evaluate_feature import EvaluateFeature

        d = dict(src_dict)
        _sentiment_analyzer = d.pop("sentiment_analyzer", UNSET)
        sentiment_analyzer: EvaluateFeature | Unset
        if isinstance(_sentiment_analyzer, Unset):
            sentiment_analyzer = UNSET
        else:
            sentiment_analyzer = EvaluateFeature.from_dict(_sentiment_analyzer)

        _emotion_detection = d.pop("emotion_detection", UNSET)
        emotion_detection: EvaluateFeature | Unset
        if isinstance(_emotion_detection, Unset):
            emotion_detection = UNSET
        else:
            emotion_detection = EvaluateFeature.from_dict(_emotion_detection)

        _intensity_strength_levels = d.pop("intensity_strength_levels", UNSET)
        intensity_strength_levels: EvaluateFeature | Unset
        if isinstance(_intensity_strength_levels, Unset):
            intensity_strength_levels = UNSET
        else:
            intensity_strength_levels = EvaluateFeature.from_dict(_intensity_strength_levels)

        _intent_action_sentiment = d.pop("intent_action_sentiment", UNSET)
        intent_action_sentiment: EvaluateFeature | Unset
        if isinstance(_intent_action_sentiment, Unset):
            intent_action_sentiment = UNSET
        else:
            intent_action_sentiment = EvaluateFeature.from_dict(_intent_action_sentiment)

        _intent_labels = d.pop("intent_labels", UNSET)
        intent_labels: EvaluateFeature | Unset
        if isinstance(_intent_labels, Unset):
            intent_labels = UNSET
        else:
            intent_labels = EvaluateFeature.from_dict(_intent_labels)

        _knowledge_gap = d.pop("knowledge_gap", UNSET)
        knowledge_gap: EvaluateFeature | Unset
        if isinstance(_knowledge_gap, Unset):
            knowledge_gap = UNSET
        else:
            knowledge_gap = EvaluateFeature.from_dict(_knowledge_gap)

        _human_escalation_detection = d.pop("human_escalation_detection", UNSET)
        human_escalation_detection: EvaluateFeature | Unset
        if isinstance(_human_escalation_detection, Unset):
            human_escalation_detection = UNSET
        else:
            human_escalation_detection = EvaluateFeature.from_dict(_human_escalation_detection)

        _contextual_sentiment = d.pop("contextual_sentiment", UNSET)
        contextual_sentiment: EvaluateFeature | Unset
        if isinstance(_contextual_sentiment, Unset):
            contextual_sentiment = UNSET
        else:
            contextual_sentiment = EvaluateFeature.from_dict(_contextual_sentiment)

        _customer_satisfaction_score = d.pop("customer_satisfaction_score", UNSET)
        customer_satisfaction_score: EvaluateFeature | Unset
        if isinstance(_customer_satisfaction_score, Unset):
            customer_satisfaction_score = UNSET
        else:
            customer_satisfaction_score = EvaluateFeature.from_dict(_customer_satisfaction_score)

        _success_evaluation_prompt = d.pop("success_evaluation_prompt", UNSET)
        success_evaluation_prompt: EvaluateFeature | Unset
        if isinstance(_success_evaluation_prompt, Unset):
            success_evaluation_prompt = UNSET
        else:
            success_evaluation_prompt = EvaluateFeature.from_dict(_success_evaluation_prompt)

        evaluate_channel_settings = cls(
            sentiment_analyzer=sentiment_analyzer,
            emotion_detection=emotion_detection,
            intensity_strength_levels=intensity_strength_levels,
            intent_action_sentiment=intent_action_sentiment,
            intent_labels=intent_labels,
            knowledge_gap=knowledge_gap,
            human_escalation_detection=human_escalation_detection,
            contextual_sentiment=contextual_sentiment,
            customer_satisfaction_score=customer_satisfaction_score,
            success_evaluation_prompt=success_evaluation_prompt,
        )

        evaluate_channel_settings.additional_properties = d
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
