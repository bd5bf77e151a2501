from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    missing,
    new_instance,
    odd_item,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.agent_intent_parameter import AgentIntentParameter
    from ..models.agent_intent_webhook import AgentIntentWebhook


T = TypeVar("T", bound="AgentIntentInput")


@_attrs_define
class AgentIntentInput:
    name: str
    key: str | Unset | None = UNSET
    """ Generated from name when omitted. """
    description: str | Unset | None = UNSET
    """ When the intent should fire. """
    recommendation_actions: str | Unset | None = UNSET
    confidence_threshold: float | Unset = UNSET
    intent_llm_handle_by_response: bool | Unset = UNSET
    webhook: AgentIntentWebhook | Unset = UNSET
    parameters: list[AgentIntentParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key: str | Unset | None
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        recommendation_actions: str | Unset | None
        if isinstance(self.recommendation_actions, Unset):
            recommendation_actions = UNSET
        else:
            recommendation_actions = self.recommendation_actions

        confidence_threshold = self.confidence_threshold

        intent_llm_handle_by_response = self.intent_llm_handle_by_response

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict() if hasattr(self.webhook, "to_dict") else self.webhook

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = (
                    parameters_item_data.to_dict() if hasattr(parameters_item_data, "to_dict") else parameters_item_data
                )
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if description is not UNSET:
            field_dict["description"] = description
        if recommendation_actions is not UNSET:
            field_dict["recommendation_actions"] = recommendation_actions
        if confidence_threshold is not UNSET:
            field_dict["confidence_threshold"] = confidence_threshold
        if intent_llm_handle_by_response is not UNSET:
            field_dict["intent_llm_handle_by_response"] = intent_llm_handle_by_response
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("AgentIntentInput.name")
        if name is None:
            name = unexpected_null("AgentIntentInput.name")

        key = d.get("key", UNSET)

        description = d.get("description", UNSET)

        recommendation_actions = d.get("recommendation_actions", UNSET)

        confidence_threshold = d.get("confidence_threshold", UNSET)
        if confidence_threshold is None:
            confidence_threshold = unexpected_null("AgentIntentInput.confidence_threshold")

        intent_llm_handle_by_response = d.get("intent_llm_handle_by_response", UNSET)
        if intent_llm_handle_by_response is None:
            intent_llm_handle_by_response = unexpected_null("AgentIntentInput.intent_llm_handle_by_response")

        webhook = d.get("webhook", UNSET)
        if webhook.__class__ is dict:
            webhook = _from_dict_AgentIntentWebhook(webhook)
        elif webhook is None:
            webhook = unexpected_null("AgentIntentInput.webhook")
        elif webhook is not UNSET and webhook is not None:
            webhook = mismatch(webhook, "AgentIntentInput.webhook")

        parameters = d.get("parameters", UNSET)
        if parameters.__class__ is list:
            parameters = [
                _from_dict_AgentIntentParameter(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentIntentInput.parameters", False)
                for _i0 in parameters
            ]
        elif parameters is None:
            parameters = unexpected_null("AgentIntentInput.parameters")
        elif parameters is not UNSET and parameters is not None:
            parameters = mismatch(parameters, "AgentIntentInput.parameters")

        agent_intent_input = new_instance(cls)
        agent_intent_input.name = name
        agent_intent_input.key = key
        agent_intent_input.description = description
        agent_intent_input.recommendation_actions = recommendation_actions
        agent_intent_input.confidence_threshold = confidence_threshold
        agent_intent_input.intent_llm_handle_by_response = intent_llm_handle_by_response
        agent_intent_input.webhook = webhook
        agent_intent_input.parameters = parameters
        agent_intent_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntentInput")
        )
        return agent_intent_input

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
        "name",
        "key",
        "description",
        "recommendation_actions",
        "confidence_threshold",
        "intent_llm_handle_by_response",
        "webhook",
        "parameters",
    )
)

from ..models.agent_intent_parameter import AgentIntentParameter
from ..models.agent_intent_webhook import AgentIntentWebhook

_from_dict_AgentIntentWebhook = AgentIntentWebhook.from_dict

_from_dict_AgentIntentParameter = AgentIntentParameter.from_dict
