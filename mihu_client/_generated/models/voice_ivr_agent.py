from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.voice_ivr_agent_guidelines_item import VoiceIvrAgentGuidelinesItem
    from ..models.voice_ivr_agent_notes_item import VoiceIvrAgentNotesItem
    from ..models.voice_ivr_agent_procedures_item import VoiceIvrAgentProceduresItem
    from ..models.voice_ivr_agent_settings import VoiceIvrAgentSettings
    from ..models.voice_ivr_agent_training_item import VoiceIvrAgentTrainingItem
    from ..models.voice_ivr_guard_rule import VoiceIvrGuardRule
    from ..models.voice_ivr_routing_rule import VoiceIvrRoutingRule


T = TypeVar("T", bound="VoiceIvrAgent")


@_attrs_define
class VoiceIvrAgent:
    """Full agent document returned by the routing/guard rule endpoints. Only the first part of the documented example was
    readable (up to 'training'); later keys (routing_rules, guard_rules and possibly others) are modelled from the page
    descriptions. Same shape as the Agents tag's agent object.

    """

    agent_uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    company_name: str | Unset = UNSET
    role: str | Unset = UNSET
    objective: str | Unset = UNSET
    tone: str | Unset = UNSET
    behavior_guidelines: str | Unset = UNSET
    company_service: str | Unset = UNSET
    topic: str | Unset = UNSET
    length_detail: str | Unset = UNSET
    interest_of_product: str | Unset = UNSET
    negative_response: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Agent status; the example shows 'pending' (field absent in the older developers.mihu.ai copy). Full value
    set not visible. """
    custom_prompt: str | Unset = UNSET
    language: str | Unset = UNSET
    speed: str | Unset = UNSET
    timezone: str | Unset = UNSET
    appointment_scheduling_enabled: bool | Unset = UNSET
    appointment_scheduling_randomly: bool | Unset = UNSET
    custom_llm_url: str | Unset = UNSET
    recommendations: str | Unset = UNSET
    settings: VoiceIvrAgentSettings | Unset = UNSET
    guidelines: list[VoiceIvrAgentGuidelinesItem] | Unset = UNSET
    notes: list[VoiceIvrAgentNotesItem] | Unset = UNSET
    procedures: list[VoiceIvrAgentProceduresItem] | Unset = UNSET
    training: list[VoiceIvrAgentTrainingItem] | Unset = UNSET
    routing_rules: list[VoiceIvrRoutingRule] | Unset = UNSET
    guard_rules: list[VoiceIvrGuardRule] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            v_agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

        v_name = self.name

        v_description = self.description

        v_company_name = self.company_name

        v_role = self.role

        v_objective = self.objective

        v_tone = self.tone

        v_behavior_guidelines = self.behavior_guidelines

        v_company_service = self.company_service

        v_topic = self.topic

        v_length_detail = self.length_detail

        v_interest_of_product = self.interest_of_product

        v_negative_response = self.negative_response

        v_status = self.status

        v_custom_prompt = self.custom_prompt

        v_language = self.language

        v_speed = self.speed

        v_timezone = self.timezone

        v_appointment_scheduling_enabled = self.appointment_scheduling_enabled

        v_appointment_scheduling_randomly = self.appointment_scheduling_randomly

        v_custom_llm_url = self.custom_llm_url

        v_recommendations = self.recommendations

        v_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            v_settings = self.settings.to_dict() if isinstance(self.settings, VoiceIvrAgentSettings) else self.settings

        v_guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidelines, Unset):
            if isinstance(self.guidelines, list):
                v_guidelines = []
                for v_guidelines_item_data in self.guidelines:
                    v_guidelines_item = (
                        v_guidelines_item_data.to_dict()
                        if isinstance(v_guidelines_item_data, VoiceIvrAgentGuidelinesItem)
                        else v_guidelines_item_data
                    )
                    v_guidelines.append(v_guidelines_item)
            else:
                v_guidelines = self.guidelines

        v_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            if isinstance(self.notes, list):
                v_notes = []
                for v_notes_item_data in self.notes:
                    v_notes_item = (
                        v_notes_item_data.to_dict()
                        if isinstance(v_notes_item_data, VoiceIvrAgentNotesItem)
                        else v_notes_item_data
                    )
                    v_notes.append(v_notes_item)
            else:
                v_notes = self.notes

        v_procedures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            if isinstance(self.procedures, list):
                v_procedures = []
                for v_procedures_item_data in self.procedures:
                    v_procedures_item = (
                        v_procedures_item_data.to_dict()
                        if isinstance(v_procedures_item_data, VoiceIvrAgentProceduresItem)
                        else v_procedures_item_data
                    )
                    v_procedures.append(v_procedures_item)
            else:
                v_procedures = self.procedures

        v_training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            if isinstance(self.training, list):
                v_training = []
                for v_training_item_data in self.training:
                    v_training_item = (
                        v_training_item_data.to_dict()
                        if isinstance(v_training_item_data, VoiceIvrAgentTrainingItem)
                        else v_training_item_data
                    )
                    v_training.append(v_training_item)
            else:
                v_training = self.training

        v_routing_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routing_rules, Unset):
            if isinstance(self.routing_rules, list):
                v_routing_rules = []
                for v_routing_rules_item_data in self.routing_rules:
                    v_routing_rules_item = (
                        v_routing_rules_item_data.to_dict()
                        if isinstance(v_routing_rules_item_data, VoiceIvrRoutingRule)
                        else v_routing_rules_item_data
                    )
                    v_routing_rules.append(v_routing_rules_item)
            else:
                v_routing_rules = self.routing_rules

        v_guard_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guard_rules, Unset):
            if isinstance(self.guard_rules, list):
                v_guard_rules = []
                for v_guard_rules_item_data in self.guard_rules:
                    v_guard_rules_item = (
                        v_guard_rules_item_data.to_dict()
                        if isinstance(v_guard_rules_item_data, VoiceIvrGuardRule)
                        else v_guard_rules_item_data
                    )
                    v_guard_rules.append(v_guard_rules_item)
            else:
                v_guard_rules = self.guard_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_description is not UNSET:
            field_dict["description"] = v_description
        if v_company_name is not UNSET:
            field_dict["company_name"] = v_company_name
        if v_role is not UNSET:
            field_dict["role"] = v_role
        if v_objective is not UNSET:
            field_dict["objective"] = v_objective
        if v_tone is not UNSET:
            field_dict["tone"] = v_tone
        if v_behavior_guidelines is not UNSET:
            field_dict["behavior_guidelines"] = v_behavior_guidelines
        if v_company_service is not UNSET:
            field_dict["company_service"] = v_company_service
        if v_topic is not UNSET:
            field_dict["topic"] = v_topic
        if v_length_detail is not UNSET:
            field_dict["length_detail"] = v_length_detail
        if v_interest_of_product is not UNSET:
            field_dict["interest_of_product"] = v_interest_of_product
        if v_negative_response is not UNSET:
            field_dict["negative_response"] = v_negative_response
        if v_status is not UNSET:
            field_dict["status"] = v_status
        if v_custom_prompt is not UNSET:
            field_dict["custom_prompt"] = v_custom_prompt
        if v_language is not UNSET:
            field_dict["language"] = v_language
        if v_speed is not UNSET:
            field_dict["speed"] = v_speed
        if v_timezone is not UNSET:
            field_dict["timezone"] = v_timezone
        if v_appointment_scheduling_enabled is not UNSET:
            field_dict["appointment_scheduling_enabled"] = v_appointment_scheduling_enabled
        if v_appointment_scheduling_randomly is not UNSET:
            field_dict["appointment_scheduling_randomly"] = v_appointment_scheduling_randomly
        if v_custom_llm_url is not UNSET:
            field_dict["custom_llm_url"] = v_custom_llm_url
        if v_recommendations is not UNSET:
            field_dict["recommendations"] = v_recommendations
        if v_settings is not UNSET:
            field_dict["settings"] = v_settings
        if v_guidelines is not UNSET:
            field_dict["guidelines"] = v_guidelines
        if v_notes is not UNSET:
            field_dict["notes"] = v_notes
        if v_procedures is not UNSET:
            field_dict["procedures"] = v_procedures
        if v_training is not UNSET:
            field_dict["training"] = v_training
        if v_routing_rules is not UNSET:
            field_dict["routing_rules"] = v_routing_rules
        if v_guard_rules is not UNSET:
            field_dict["guard_rules"] = v_guard_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent_uuid = d.get("agent_uuid", UNSET)
        if v_agent_uuid.__class__ is str:
            v_agent_uuid = parse_uuid(v_agent_uuid, "VoiceIvrAgent.agent_uuid")
        elif v_agent_uuid is None:
            v_agent_uuid = unexpected_null("VoiceIvrAgent.agent_uuid")
        elif v_agent_uuid is not UNSET and v_agent_uuid is not None:
            v_agent_uuid = mismatch(v_agent_uuid, "VoiceIvrAgent.agent_uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("VoiceIvrAgent.name")

        v_description = d.get("description", UNSET)
        if v_description is None:
            v_description = unexpected_null("VoiceIvrAgent.description")

        v_company_name = d.get("company_name", UNSET)
        if v_company_name is None:
            v_company_name = unexpected_null("VoiceIvrAgent.company_name")

        v_role = d.get("role", UNSET)
        if v_role is None:
            v_role = unexpected_null("VoiceIvrAgent.role")

        v_objective = d.get("objective", UNSET)
        if v_objective is None:
            v_objective = unexpected_null("VoiceIvrAgent.objective")

        v_tone = d.get("tone", UNSET)
        if v_tone is None:
            v_tone = unexpected_null("VoiceIvrAgent.tone")

        v_behavior_guidelines = d.get("behavior_guidelines", UNSET)
        if v_behavior_guidelines is None:
            v_behavior_guidelines = unexpected_null("VoiceIvrAgent.behavior_guidelines")

        v_company_service = d.get("company_service", UNSET)
        if v_company_service is None:
            v_company_service = unexpected_null("VoiceIvrAgent.company_service")

        v_topic = d.get("topic", UNSET)
        if v_topic is None:
            v_topic = unexpected_null("VoiceIvrAgent.topic")

        v_length_detail = d.get("length_detail", UNSET)
        if v_length_detail is None:
            v_length_detail = unexpected_null("VoiceIvrAgent.length_detail")

        v_interest_of_product = d.get("interest_of_product", UNSET)
        if v_interest_of_product is None:
            v_interest_of_product = unexpected_null("VoiceIvrAgent.interest_of_product")

        v_negative_response = d.get("negative_response", UNSET)
        if v_negative_response is None:
            v_negative_response = unexpected_null("VoiceIvrAgent.negative_response")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("VoiceIvrAgent.status")

        v_custom_prompt = d.get("custom_prompt", UNSET)
        if v_custom_prompt is None:
            v_custom_prompt = unexpected_null("VoiceIvrAgent.custom_prompt")

        v_language = d.get("language", UNSET)
        if v_language is None:
            v_language = unexpected_null("VoiceIvrAgent.language")

        v_speed = d.get("speed", UNSET)
        if v_speed is None:
            v_speed = unexpected_null("VoiceIvrAgent.speed")

        v_timezone = d.get("timezone", UNSET)
        if v_timezone is None:
            v_timezone = unexpected_null("VoiceIvrAgent.timezone")

        v_appointment_scheduling_enabled = d.get("appointment_scheduling_enabled", UNSET)
        if v_appointment_scheduling_enabled is None:
            v_appointment_scheduling_enabled = unexpected_null("VoiceIvrAgent.appointment_scheduling_enabled")

        v_appointment_scheduling_randomly = d.get("appointment_scheduling_randomly", UNSET)
        if v_appointment_scheduling_randomly is None:
            v_appointment_scheduling_randomly = unexpected_null("VoiceIvrAgent.appointment_scheduling_randomly")

        v_custom_llm_url = d.get("custom_llm_url", UNSET)
        if v_custom_llm_url is None:
            v_custom_llm_url = unexpected_null("VoiceIvrAgent.custom_llm_url")

        v_recommendations = d.get("recommendations", UNSET)
        if v_recommendations is None:
            v_recommendations = unexpected_null("VoiceIvrAgent.recommendations")

        v_settings = d.get("settings", UNSET)
        if v_settings.__class__ is dict:
            v_settings = _from_dict_VoiceIvrAgentSettings(v_settings)
        elif v_settings is None:
            v_settings = unexpected_null("VoiceIvrAgent.settings")
        elif v_settings is not UNSET and v_settings is not None:
            v_settings = mismatch(v_settings, "VoiceIvrAgent.settings")

        v_guidelines = d.get("guidelines", UNSET)
        if v_guidelines.__class__ is list:
            v_guidelines = [
                _from_dict_VoiceIvrAgentGuidelinesItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgent.guidelines", False)
                for _i0 in v_guidelines
            ]
        elif v_guidelines is None:
            v_guidelines = unexpected_null("VoiceIvrAgent.guidelines")
        elif v_guidelines is not UNSET and v_guidelines is not None:
            v_guidelines = mismatch(v_guidelines, "VoiceIvrAgent.guidelines")

        v_notes = d.get("notes", UNSET)
        if v_notes.__class__ is list:
            v_notes = [
                _from_dict_VoiceIvrAgentNotesItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgent.notes", False)
                for _i0 in v_notes
            ]
        elif v_notes is None:
            v_notes = unexpected_null("VoiceIvrAgent.notes")
        elif v_notes is not UNSET and v_notes is not None:
            v_notes = mismatch(v_notes, "VoiceIvrAgent.notes")

        v_procedures = d.get("procedures", UNSET)
        if v_procedures.__class__ is list:
            v_procedures = [
                _from_dict_VoiceIvrAgentProceduresItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgent.procedures", False)
                for _i0 in v_procedures
            ]
        elif v_procedures is None:
            v_procedures = unexpected_null("VoiceIvrAgent.procedures")
        elif v_procedures is not UNSET and v_procedures is not None:
            v_procedures = mismatch(v_procedures, "VoiceIvrAgent.procedures")

        v_training = d.get("training", UNSET)
        if v_training.__class__ is list:
            v_training = [
                _from_dict_VoiceIvrAgentTrainingItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgent.training", False)
                for _i0 in v_training
            ]
        elif v_training is None:
            v_training = unexpected_null("VoiceIvrAgent.training")
        elif v_training is not UNSET and v_training is not None:
            v_training = mismatch(v_training, "VoiceIvrAgent.training")

        v_routing_rules = d.get("routing_rules", UNSET)
        if v_routing_rules.__class__ is list:
            v_routing_rules = [
                _from_dict_VoiceIvrRoutingRule(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgent.routing_rules", False)
                for _i0 in v_routing_rules
            ]
        elif v_routing_rules is None:
            v_routing_rules = unexpected_null("VoiceIvrAgent.routing_rules")
        elif v_routing_rules is not UNSET and v_routing_rules is not None:
            v_routing_rules = mismatch(v_routing_rules, "VoiceIvrAgent.routing_rules")

        v_guard_rules = d.get("guard_rules", UNSET)
        if v_guard_rules.__class__ is list:
            v_guard_rules = [
                _from_dict_VoiceIvrGuardRule(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "VoiceIvrAgent.guard_rules", False)
                for _i0 in v_guard_rules
            ]
        elif v_guard_rules is None:
            v_guard_rules = unexpected_null("VoiceIvrAgent.guard_rules")
        elif v_guard_rules is not UNSET and v_guard_rules is not None:
            v_guard_rules = mismatch(v_guard_rules, "VoiceIvrAgent.guard_rules")

        _instance = new_instance(cls)
        _instance.agent_uuid = v_agent_uuid
        _instance.name = v_name
        _instance.description = v_description
        _instance.company_name = v_company_name
        _instance.role = v_role
        _instance.objective = v_objective
        _instance.tone = v_tone
        _instance.behavior_guidelines = v_behavior_guidelines
        _instance.company_service = v_company_service
        _instance.topic = v_topic
        _instance.length_detail = v_length_detail
        _instance.interest_of_product = v_interest_of_product
        _instance.negative_response = v_negative_response
        _instance.status = v_status
        _instance.custom_prompt = v_custom_prompt
        _instance.language = v_language
        _instance.speed = v_speed
        _instance.timezone = v_timezone
        _instance.appointment_scheduling_enabled = v_appointment_scheduling_enabled
        _instance.appointment_scheduling_randomly = v_appointment_scheduling_randomly
        _instance.custom_llm_url = v_custom_llm_url
        _instance.recommendations = v_recommendations
        _instance.settings = v_settings
        _instance.guidelines = v_guidelines
        _instance.notes = v_notes
        _instance.procedures = v_procedures
        _instance.training = v_training
        _instance.routing_rules = v_routing_rules
        _instance.guard_rules = v_guard_rules
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
        "agent_uuid",
        "name",
        "description",
        "company_name",
        "role",
        "objective",
        "tone",
        "behavior_guidelines",
        "company_service",
        "topic",
        "length_detail",
        "interest_of_product",
        "negative_response",
        "status",
        "custom_prompt",
        "language",
        "speed",
        "timezone",
        "appointment_scheduling_enabled",
        "appointment_scheduling_randomly",
        "custom_llm_url",
        "recommendations",
        "settings",
        "guidelines",
        "notes",
        "procedures",
        "training",
        "routing_rules",
        "guard_rules",
    )
)

from ..models.voice_ivr_agent_guidelines_item import VoiceIvrAgentGuidelinesItem
from ..models.voice_ivr_agent_notes_item import VoiceIvrAgentNotesItem
from ..models.voice_ivr_agent_procedures_item import VoiceIvrAgentProceduresItem
from ..models.voice_ivr_agent_settings import VoiceIvrAgentSettings
from ..models.voice_ivr_agent_training_item import VoiceIvrAgentTrainingItem
from ..models.voice_ivr_guard_rule import VoiceIvrGuardRule
from ..models.voice_ivr_routing_rule import VoiceIvrRoutingRule

_from_dict_VoiceIvrAgentSettings = VoiceIvrAgentSettings.from_dict

_from_dict_VoiceIvrAgentGuidelinesItem = VoiceIvrAgentGuidelinesItem.from_dict


_from_dict_VoiceIvrAgentNotesItem = VoiceIvrAgentNotesItem.from_dict


_from_dict_VoiceIvrAgentProceduresItem = VoiceIvrAgentProceduresItem.from_dict


_from_dict_VoiceIvrAgentTrainingItem = VoiceIvrAgentTrainingItem.from_dict


_from_dict_VoiceIvrRoutingRule = VoiceIvrRoutingRule.from_dict


_from_dict_VoiceIvrGuardRule = VoiceIvrGuardRule.from_dict
