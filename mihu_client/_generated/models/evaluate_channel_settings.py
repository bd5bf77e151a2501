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
        v_sentiment_analyzer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment_analyzer, Unset):
            v_sentiment_analyzer = (
                self.sentiment_analyzer.to_dict()
                if isinstance(self.sentiment_analyzer, EvaluateFeature)
                else self.sentiment_analyzer
            )

        v_emotion_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.emotion_detection, Unset):
            v_emotion_detection = (
                self.emotion_detection.to_dict()
                if isinstance(self.emotion_detection, EvaluateFeature)
                else self.emotion_detection
            )

        v_intensity_strength_levels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intensity_strength_levels, Unset):
            v_intensity_strength_levels = (
                self.intensity_strength_levels.to_dict()
                if isinstance(self.intensity_strength_levels, EvaluateFeature)
                else self.intensity_strength_levels
            )

        v_intent_action_sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent_action_sentiment, Unset):
            v_intent_action_sentiment = (
                self.intent_action_sentiment.to_dict()
                if isinstance(self.intent_action_sentiment, EvaluateFeature)
                else self.intent_action_sentiment
            )

        v_intent_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intent_labels, Unset):
            v_intent_labels = (
                self.intent_labels.to_dict() if isinstance(self.intent_labels, EvaluateFeature) else self.intent_labels
            )

        v_knowledge_gap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge_gap, Unset):
            v_knowledge_gap = (
                self.knowledge_gap.to_dict() if isinstance(self.knowledge_gap, EvaluateFeature) else self.knowledge_gap
            )

        v_human_escalation_detection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.human_escalation_detection, Unset):
            v_human_escalation_detection = (
                self.human_escalation_detection.to_dict()
                if isinstance(self.human_escalation_detection, EvaluateFeature)
                else self.human_escalation_detection
            )

        v_contextual_sentiment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contextual_sentiment, Unset):
            v_contextual_sentiment = (
                self.contextual_sentiment.to_dict()
                if isinstance(self.contextual_sentiment, EvaluateFeature)
                else self.contextual_sentiment
            )

        v_customer_satisfaction_score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_satisfaction_score, Unset):
            v_customer_satisfaction_score = (
                self.customer_satisfaction_score.to_dict()
                if isinstance(self.customer_satisfaction_score, EvaluateFeature)
                else self.customer_satisfaction_score
            )

        v_success_evaluation_prompt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.success_evaluation_prompt, Unset):
            v_success_evaluation_prompt = (
                self.success_evaluation_prompt.to_dict()
                if isinstance(self.success_evaluation_prompt, EvaluateFeature)
                else self.success_evaluation_prompt
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_sentiment_analyzer is not UNSET:
            field_dict["sentiment_analyzer"] = v_sentiment_analyzer
        if v_emotion_detection is not UNSET:
            field_dict["emotion_detection"] = v_emotion_detection
        if v_intensity_strength_levels is not UNSET:
            field_dict["intensity_strength_levels"] = v_intensity_strength_levels
        if v_intent_action_sentiment is not UNSET:
            field_dict["intent_action_sentiment"] = v_intent_action_sentiment
        if v_intent_labels is not UNSET:
            field_dict["intent_labels"] = v_intent_labels
        if v_knowledge_gap is not UNSET:
            field_dict["knowledge_gap"] = v_knowledge_gap
        if v_human_escalation_detection is not UNSET:
            field_dict["human_escalation_detection"] = v_human_escalation_detection
        if v_contextual_sentiment is not UNSET:
            field_dict["contextual_sentiment"] = v_contextual_sentiment
        if v_customer_satisfaction_score is not UNSET:
            field_dict["customer_satisfaction_score"] = v_customer_satisfaction_score
        if v_success_evaluation_prompt is not UNSET:
            field_dict["success_evaluation_prompt"] = v_success_evaluation_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_sentiment_analyzer = d.get("sentiment_analyzer", UNSET)
        if v_sentiment_analyzer.__class__ is dict:
            v_sentiment_analyzer = _from_dict_EvaluateFeature(v_sentiment_analyzer)
        elif v_sentiment_analyzer is None:
            v_sentiment_analyzer = unexpected_null("EvaluateChannelSettings.sentiment_analyzer")
        elif v_sentiment_analyzer is not UNSET and v_sentiment_analyzer is not None:
            v_sentiment_analyzer = mismatch(v_sentiment_analyzer, "EvaluateChannelSettings.sentiment_analyzer")

        v_emotion_detection = d.get("emotion_detection", UNSET)
        if v_emotion_detection.__class__ is dict:
            v_emotion_detection = _from_dict_EvaluateFeature(v_emotion_detection)
        elif v_emotion_detection is None:
            v_emotion_detection = unexpected_null("EvaluateChannelSettings.emotion_detection")
        elif v_emotion_detection is not UNSET and v_emotion_detection is not None:
            v_emotion_detection = mismatch(v_emotion_detection, "EvaluateChannelSettings.emotion_detection")

        v_intensity_strength_levels = d.get("intensity_strength_levels", UNSET)
        if v_intensity_strength_levels.__class__ is dict:
            v_intensity_strength_levels = _from_dict_EvaluateFeature(v_intensity_strength_levels)
        elif v_intensity_strength_levels is None:
            v_intensity_strength_levels = unexpected_null("EvaluateChannelSettings.intensity_strength_levels")
        elif v_intensity_strength_levels is not UNSET and v_intensity_strength_levels is not None:
            v_intensity_strength_levels = mismatch(
                v_intensity_strength_levels, "EvaluateChannelSettings.intensity_strength_levels"
            )

        v_intent_action_sentiment = d.get("intent_action_sentiment", UNSET)
        if v_intent_action_sentiment.__class__ is dict:
            v_intent_action_sentiment = _from_dict_EvaluateFeature(v_intent_action_sentiment)
        elif v_intent_action_sentiment is None:
            v_intent_action_sentiment = unexpected_null("EvaluateChannelSettings.intent_action_sentiment")
        elif v_intent_action_sentiment is not UNSET and v_intent_action_sentiment is not None:
            v_intent_action_sentiment = mismatch(
                v_intent_action_sentiment, "EvaluateChannelSettings.intent_action_sentiment"
            )

        v_intent_labels = d.get("intent_labels", UNSET)
        if v_intent_labels.__class__ is dict:
            v_intent_labels = _from_dict_EvaluateFeature(v_intent_labels)
        elif v_intent_labels is None:
            v_intent_labels = unexpected_null("EvaluateChannelSettings.intent_labels")
        elif v_intent_labels is not UNSET and v_intent_labels is not None:
            v_intent_labels = mismatch(v_intent_labels, "EvaluateChannelSettings.intent_labels")

        v_knowledge_gap = d.get("knowledge_gap", UNSET)
        if v_knowledge_gap.__class__ is dict:
            v_knowledge_gap = _from_dict_EvaluateFeature(v_knowledge_gap)
        elif v_knowledge_gap is None:
            v_knowledge_gap = unexpected_null("EvaluateChannelSettings.knowledge_gap")
        elif v_knowledge_gap is not UNSET and v_knowledge_gap is not None:
            v_knowledge_gap = mismatch(v_knowledge_gap, "EvaluateChannelSettings.knowledge_gap")

        v_human_escalation_detection = d.get("human_escalation_detection", UNSET)
        if v_human_escalation_detection.__class__ is dict:
            v_human_escalation_detection = _from_dict_EvaluateFeature(v_human_escalation_detection)
        elif v_human_escalation_detection is None:
            v_human_escalation_detection = unexpected_null("EvaluateChannelSettings.human_escalation_detection")
        elif v_human_escalation_detection is not UNSET and v_human_escalation_detection is not None:
            v_human_escalation_detection = mismatch(
                v_human_escalation_detection, "EvaluateChannelSettings.human_escalation_detection"
            )

        v_contextual_sentiment = d.get("contextual_sentiment", UNSET)
        if v_contextual_sentiment.__class__ is dict:
            v_contextual_sentiment = _from_dict_EvaluateFeature(v_contextual_sentiment)
        elif v_contextual_sentiment is None:
            v_contextual_sentiment = unexpected_null("EvaluateChannelSettings.contextual_sentiment")
        elif v_contextual_sentiment is not UNSET and v_contextual_sentiment is not None:
            v_contextual_sentiment = mismatch(v_contextual_sentiment, "EvaluateChannelSettings.contextual_sentiment")

        v_customer_satisfaction_score = d.get("customer_satisfaction_score", UNSET)
        if v_customer_satisfaction_score.__class__ is dict:
            v_customer_satisfaction_score = _from_dict_EvaluateFeature(v_customer_satisfaction_score)
        elif v_customer_satisfaction_score is None:
            v_customer_satisfaction_score = unexpected_null("EvaluateChannelSettings.customer_satisfaction_score")
        elif v_customer_satisfaction_score is not UNSET and v_customer_satisfaction_score is not None:
            v_customer_satisfaction_score = mismatch(
                v_customer_satisfaction_score, "EvaluateChannelSettings.customer_satisfaction_score"
            )

        v_success_evaluation_prompt = d.get("success_evaluation_prompt", UNSET)
        if v_success_evaluation_prompt.__class__ is dict:
            v_success_evaluation_prompt = _from_dict_EvaluateFeature(v_success_evaluation_prompt)
        elif v_success_evaluation_prompt is None:
            v_success_evaluation_prompt = unexpected_null("EvaluateChannelSettings.success_evaluation_prompt")
        elif v_success_evaluation_prompt is not UNSET and v_success_evaluation_prompt is not None:
            v_success_evaluation_prompt = mismatch(
                v_success_evaluation_prompt, "EvaluateChannelSettings.success_evaluation_prompt"
            )

        _instance = new_instance(cls)
        _instance.sentiment_analyzer = v_sentiment_analyzer
        _instance.emotion_detection = v_emotion_detection
        _instance.intensity_strength_levels = v_intensity_strength_levels
        _instance.intent_action_sentiment = v_intent_action_sentiment
        _instance.intent_labels = v_intent_labels
        _instance.knowledge_gap = v_knowledge_gap
        _instance.human_escalation_detection = v_human_escalation_detection
        _instance.contextual_sentiment = v_contextual_sentiment
        _instance.customer_satisfaction_score = v_customer_satisfaction_score
        _instance.success_evaluation_prompt = v_success_evaluation_prompt
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
