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
        v_intent_uuid: str | Unset = UNSET
        if not isinstance(self.intent_uuid, Unset):
            v_intent_uuid = str(self.intent_uuid) if isinstance(self.intent_uuid, UUID) else self.intent_uuid

        v_key: str | Unset | None
        if isinstance(self.key, Unset):
            v_key = UNSET
        else:
            v_key = self.key

        v_name = self.name

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

        v_is_system = self.is_system

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

        v_created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        v_updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_intent_uuid is not UNSET:
            field_dict["intent_uuid"] = v_intent_uuid
        if v_key is not UNSET:
            field_dict["key"] = v_key
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_recommendation_actions is not UNSET:
            field_dict["recommendation_actions"] = v_recommendation_actions
        if v_confidence_threshold is not UNSET:
            field_dict["confidence_threshold"] = v_confidence_threshold
        if v_is_system is not UNSET:
            field_dict["is_system"] = v_is_system
        if v_intent_llm_handle_by_response is not UNSET:
            field_dict["intent_llm_handle_by_response"] = v_intent_llm_handle_by_response
        if v_webhook is not UNSET:
            field_dict["webhook"] = v_webhook
        if v_parameters is not UNSET:
            field_dict["parameters"] = v_parameters
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_intent_uuid = d.get("intent_uuid", UNSET)
        if v_intent_uuid.__class__ is str:
            v_intent_uuid = parse_uuid(v_intent_uuid, "AgentIntent.intent_uuid")
        elif v_intent_uuid is None:
            v_intent_uuid = unexpected_null("AgentIntent.intent_uuid")
        elif v_intent_uuid is not UNSET and v_intent_uuid is not None:
            v_intent_uuid = mismatch(v_intent_uuid, "AgentIntent.intent_uuid")

        v_key = d.get("key", UNSET)

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("AgentIntent.name")

        v_description = d.get("description", UNSET)

        v_recommendation_actions = d.get("recommendation_actions", UNSET)

        v_confidence_threshold = d.get("confidence_threshold", UNSET)
        if v_confidence_threshold is None:
            v_confidence_threshold = unexpected_null("AgentIntent.confidence_threshold")

        v_is_system = d.get("is_system", UNSET)
        if v_is_system is None:
            v_is_system = unexpected_null("AgentIntent.is_system")

        v_intent_llm_handle_by_response = d.get("intent_llm_handle_by_response", UNSET)
        if v_intent_llm_handle_by_response is None:
            v_intent_llm_handle_by_response = unexpected_null("AgentIntent.intent_llm_handle_by_response")

        v_webhook = d.get("webhook", UNSET)
        if v_webhook.__class__ is dict:
            v_webhook = _from_dict_AgentIntentWebhook(v_webhook)
        elif v_webhook is None:
            v_webhook = unexpected_null("AgentIntent.webhook")
        elif v_webhook is not UNSET and v_webhook is not None:
            v_webhook = mismatch(v_webhook, "AgentIntent.webhook")

        v_parameters = d.get("parameters", UNSET)
        if v_parameters.__class__ is list:
            v_parameters = [
                _from_dict_AgentIntentParameter(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentIntent.parameters", False)
                for _i0 in v_parameters
            ]
        elif v_parameters is None:
            v_parameters = unexpected_null("AgentIntent.parameters")
        elif v_parameters is not UNSET and v_parameters is not None:
            v_parameters = mismatch(v_parameters, "AgentIntent.parameters")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "AgentIntent.created_at")
        elif v_created_at is None:
            v_created_at = unexpected_null("AgentIntent.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "AgentIntent.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "AgentIntent.updated_at")
        elif v_updated_at is None:
            v_updated_at = unexpected_null("AgentIntent.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "AgentIntent.updated_at")

        _instance = new_instance(cls)
        _instance.intent_uuid = v_intent_uuid
        _instance.key = v_key
        _instance.name = v_name
        _instance.description = v_description
        _instance.recommendation_actions = v_recommendation_actions
        _instance.confidence_threshold = v_confidence_threshold
        _instance.is_system = v_is_system
        _instance.intent_llm_handle_by_response = v_intent_llm_handle_by_response
        _instance.webhook = v_webhook
        _instance.parameters = v_parameters
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "AgentIntent")
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
