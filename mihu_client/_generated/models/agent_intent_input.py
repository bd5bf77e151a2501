from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
            webhook = self.webhook.to_dict()

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
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
        from ..models.agent_intent_parameter import AgentIntentParameter
        from ..models.agent_intent_webhook import AgentIntentWebhook

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_recommendation_actions(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recommendation_actions = _parse_recommendation_actions(d.pop("recommendation_actions", UNSET))

        confidence_threshold = d.pop("confidence_threshold", UNSET)

        intent_llm_handle_by_response = d.pop("intent_llm_handle_by_response", UNSET)

        _webhook = d.pop("webhook", UNSET)
        webhook: AgentIntentWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = AgentIntentWebhook.from_dict(_webhook)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[AgentIntentParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = AgentIntentParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        agent_intent_input = cls(
            name=name,
            key=key,
            description=description,
            recommendation_actions=recommendation_actions,
            confidence_threshold=confidence_threshold,
            intent_llm_handle_by_response=intent_llm_handle_by_response,
            webhook=webhook,
            parameters=parameters,
        )

        agent_intent_input.additional_properties = d
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
