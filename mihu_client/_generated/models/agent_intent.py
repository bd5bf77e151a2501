from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_intent_parameter import AgentIntentParameter
    from ..models.agent_intent_webhook import AgentIntentWebhook


T = TypeVar("T", bound="AgentIntent")


@_attrs_define
class AgentIntent:
    """An intent the agent can detect during a conversation."""

    intent_uuid: UUID | Unset = UNSET
    key: str | Unset | None = UNSET
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    recommendation_actions: str | Unset | None = UNSET
    confidence_threshold: float | Unset = UNSET
    is_system: bool | Unset = UNSET
    intent_llm_handle_by_response: bool | Unset = UNSET
    webhook: AgentIntentWebhook | Unset = UNSET
    parameters: list[AgentIntentParameter] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        intent_uuid: str | Unset = UNSET
        if not isinstance(self.intent_uuid, Unset):
            intent_uuid = str(self.intent_uuid)

        key: str | Unset | None
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        name = self.name

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

        is_system = self.is_system

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if intent_uuid is not UNSET:
            field_dict["intent_uuid"] = intent_uuid
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if recommendation_actions is not UNSET:
            field_dict["recommendation_actions"] = recommendation_actions
        if confidence_threshold is not UNSET:
            field_dict["confidence_threshold"] = confidence_threshold
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if intent_llm_handle_by_response is not UNSET:
            field_dict["intent_llm_handle_by_response"] = intent_llm_handle_by_response
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_intent_parameter import AgentIntentParameter
        from ..models.agent_intent_webhook import AgentIntentWebhook

        d = dict(src_dict)
        _intent_uuid = d.pop("intent_uuid", UNSET)
        intent_uuid: UUID | Unset
        if isinstance(_intent_uuid, Unset):
            intent_uuid = UNSET
        else:
            intent_uuid = UUID(_intent_uuid)

        def _parse_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        name = d.pop("name", UNSET)

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

        is_system = d.pop("is_system", UNSET)

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

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        agent_intent = cls(
            intent_uuid=intent_uuid,
            key=key,
            name=name,
            description=description,
            recommendation_actions=recommendation_actions,
            confidence_threshold=confidence_threshold,
            is_system=is_system,
            intent_llm_handle_by_response=intent_llm_handle_by_response,
            webhook=webhook,
            parameters=parameters,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent_intent.additional_properties = d
        return agent_intent

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
