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
        v_name = self.name

        v_key: str | Unset | None
        if isinstance(self.key, Unset):
            v_key = UNSET
        else:
            v_key = self.key

        v_description: str | Unset | None
        if isinstance(self.description, Unset):
            v_description = UNSET
        else:
            v_description = self.description

        v_recommendation_actions: str | Unset | None
        if isinstance(self.recommendation_actions, Unset):
            v_recommendation_actions = UNSET
        else:
            v_recommendation_actions = self.recommendation_actions

        v_confidence_threshold = self.confidence_threshold

        v_intent_llm_handle_by_response = self.intent_llm_handle_by_response

        v_webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            v_webhook = self.webhook.to_dict() if isinstance(self.webhook, AgentIntentWebhook) else self.webhook

        v_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            if isinstance(self.parameters, list):
                v_parameters = []
                for v_parameters_item_data in self.parameters:
                    v_parameters_item = (
                        v_parameters_item_data.to_dict()
                        if isinstance(v_parameters_item_data, AgentIntentParameter)
                        else v_parameters_item_data
                    )
                    v_parameters.append(v_parameters_item)
            else:
                v_parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_name, Unset):
            field_dict["name"] = v_name
        if v_key is not UNSET:
            field_dict["key"] = v_key
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_recommendation_actions is not UNSET:
            field_dict["recommendation_actions"] = v_recommendation_actions
        if v_confidence_threshold is not UNSET:
            field_dict["confidence_threshold"] = v_confidence_threshold
        if v_intent_llm_handle_by_response is not UNSET:
            field_dict["intent_llm_handle_by_response"] = v_intent_llm_handle_by_response
        if v_webhook is not UNSET:
            field_dict["webhook"] = v_webhook
        if v_parameters is not UNSET:
            field_dict["parameters"] = v_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is UNSET:
            v_name = missing("AgentIntentInput.name")
        if v_name is None:
            v_name = unexpected_null("AgentIntentInput.name")

        v_key = d.get("key", UNSET)

        v_description = d.get("description", UNSET)

        v_recommendation_actions = d.get("recommendation_actions", UNSET)

        v_confidence_threshold = d.get("confidence_threshold", UNSET)
        if v_confidence_threshold is None:
            v_confidence_threshold = unexpected_null("AgentIntentInput.confidence_threshold")

        v_intent_llm_handle_by_response = d.get("intent_llm_handle_by_response", UNSET)
        if v_intent_llm_handle_by_response is None:
            v_intent_llm_handle_by_response = unexpected_null("AgentIntentInput.intent_llm_handle_by_response")

        v_webhook = d.get("webhook", UNSET)
        if v_webhook.__class__ is dict:
            v_webhook = _from_dict_AgentIntentWebhook(v_webhook)
        elif v_webhook is None:
            v_webhook = unexpected_null("AgentIntentInput.webhook")
        elif v_webhook is not UNSET and v_webhook is not None:
            v_webhook = mismatch(v_webhook, "AgentIntentInput.webhook")

        v_parameters = d.get("parameters", UNSET)
        if v_parameters.__class__ is list:
            v_parameters = [
                _from_dict_AgentIntentParameter(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentIntentInput.parameters", False)
                for _i0 in v_parameters
            ]
        elif v_parameters is None:
            v_parameters = unexpected_null("AgentIntentInput.parameters")
        elif v_parameters is not UNSET and v_parameters is not None:
            v_parameters = mismatch(v_parameters, "AgentIntentInput.parameters")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.key = v_key
        _instance.description = v_description
        _instance.recommendation_actions = v_recommendation_actions
        _instance.confidence_threshold = v_confidence_threshold
        _instance.intent_llm_handle_by_response = v_intent_llm_handle_by_response
        _instance.webhook = v_webhook
        _instance.parameters = v_parameters
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntentInput")
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
