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
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

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
            intent_uuid = str(self.intent_uuid) if isinstance(self.intent_uuid, UUID) else self.intent_uuid

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
            webhook = self.webhook.to_dict() if hasattr(self.webhook, "to_dict") else self.webhook

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = (
                    parameters_item_data.to_dict() if hasattr(parameters_item_data, "to_dict") else parameters_item_data
                )
                parameters.append(parameters_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        intent_uuid = d.get("intent_uuid", UNSET)
        if intent_uuid.__class__ is str:
            intent_uuid = parse_uuid(intent_uuid, "AgentIntent.intent_uuid")
        elif intent_uuid is None:
            intent_uuid = unexpected_null("AgentIntent.intent_uuid")
        elif intent_uuid is not UNSET and intent_uuid is not None:
            intent_uuid = mismatch(intent_uuid, "AgentIntent.intent_uuid")

        key = d.get("key", UNSET)

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("AgentIntent.name")

        description = d.get("description", UNSET)

        recommendation_actions = d.get("recommendation_actions", UNSET)

        confidence_threshold = d.get("confidence_threshold", UNSET)
        if confidence_threshold is None:
            confidence_threshold = unexpected_null("AgentIntent.confidence_threshold")

        is_system = d.get("is_system", UNSET)
        if is_system is None:
            is_system = unexpected_null("AgentIntent.is_system")

        intent_llm_handle_by_response = d.get("intent_llm_handle_by_response", UNSET)
        if intent_llm_handle_by_response is None:
            intent_llm_handle_by_response = unexpected_null("AgentIntent.intent_llm_handle_by_response")

        webhook = d.get("webhook", UNSET)
        if webhook.__class__ is dict:
            webhook = _from_dict_AgentIntentWebhook(webhook)
        elif webhook is None:
            webhook = unexpected_null("AgentIntent.webhook")
        elif webhook is not UNSET and webhook is not None:
            webhook = mismatch(webhook, "AgentIntent.webhook")

        parameters = d.get("parameters", UNSET)
        if parameters.__class__ is list:
            parameters = [
                _from_dict_AgentIntentParameter(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentIntent.parameters", False)
                for _i0 in parameters
            ]
        elif parameters is None:
            parameters = unexpected_null("AgentIntent.parameters")
        elif parameters is not UNSET and parameters is not None:
            parameters = mismatch(parameters, "AgentIntent.parameters")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "AgentIntent.created_at")
        elif created_at is None:
            created_at = unexpected_null("AgentIntent.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "AgentIntent.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "AgentIntent.updated_at")
        elif updated_at is None:
            updated_at = unexpected_null("AgentIntent.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "AgentIntent.updated_at")

        agent_intent = new_instance(cls)
        agent_intent.intent_uuid = intent_uuid
        agent_intent.key = key
        agent_intent.name = name
        agent_intent.description = description
        agent_intent.recommendation_actions = recommendation_actions
        agent_intent.confidence_threshold = confidence_threshold
        agent_intent.is_system = is_system
        agent_intent.intent_llm_handle_by_response = intent_llm_handle_by_response
        agent_intent.webhook = webhook
        agent_intent.parameters = parameters
        agent_intent.created_at = created_at
        agent_intent.updated_at = updated_at
        agent_intent.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntent")
        )
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


_FIELD_NAMES = frozenset(
    (
        "intent_uuid",
        "key",
        "name",
        "description",
        "recommendation_actions",
        "confidence_threshold",
        "is_system",
        "intent_llm_handle_by_response",
        "webhook",
        "parameters",
        "created_at",
        "updated_at",
    )
)

from ..models.agent_intent_parameter import AgentIntentParameter
from ..models.agent_intent_webhook import AgentIntentWebhook

_from_dict_AgentIntentWebhook = AgentIntentWebhook.from_dict

_from_dict_AgentIntentParameter = AgentIntentParameter.from_dict
