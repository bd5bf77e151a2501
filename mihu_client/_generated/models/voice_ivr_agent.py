from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid)

        name = self.name

        description = self.description

        company_name = self.company_name

        role = self.role

        objective = self.objective

        tone = self.tone

        behavior_guidelines = self.behavior_guidelines

        company_service = self.company_service

        topic = self.topic

        length_detail = self.length_detail

        interest_of_product = self.interest_of_product

        negative_response = self.negative_response

        status = self.status

        custom_prompt = self.custom_prompt

        language = self.language

        speed = self.speed

        timezone = self.timezone

        appointment_scheduling_enabled = self.appointment_scheduling_enabled

        appointment_scheduling_randomly = self.appointment_scheduling_randomly

        custom_llm_url = self.custom_llm_url

        recommendations = self.recommendations

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidelines, Unset):
            guidelines = []
            for guidelines_item_data in self.guidelines:
                guidelines_item = guidelines_item_data.to_dict()
                guidelines.append(guidelines_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict()
                notes.append(notes_item)

        procedures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            procedures = []
            for procedures_item_data in self.procedures:
                procedures_item = procedures_item_data.to_dict()
                procedures.append(procedures_item)

        training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = []
            for training_item_data in self.training:
                training_item = training_item_data.to_dict()
                training.append(training_item)

        routing_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routing_rules, Unset):
            routing_rules = []
            for routing_rules_item_data in self.routing_rules:
                routing_rules_item = routing_rules_item_data.to_dict()
                routing_rules.append(routing_rules_item)

        guard_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guard_rules, Unset):
            guard_rules = []
            for guard_rules_item_data in self.guard_rules:
                guard_rules_item = guard_rules_item_data.to_dict()
                guard_rules.append(guard_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if role is not UNSET:
            field_dict["role"] = role
        if objective is not UNSET:
            field_dict["objective"] = objective
        if tone is not UNSET:
            field_dict["tone"] = tone
        if behavior_guidelines is not UNSET:
            field_dict["behavior_guidelines"] = behavior_guidelines
        if company_service is not UNSET:
            field_dict["company_service"] = company_service
        if topic is not UNSET:
            field_dict["topic"] = topic
        if length_detail is not UNSET:
            field_dict["length_detail"] = length_detail
        if interest_of_product is not UNSET:
            field_dict["interest_of_product"] = interest_of_product
        if negative_response is not UNSET:
            field_dict["negative_response"] = negative_response
        if status is not UNSET:
            field_dict["status"] = status
        if custom_prompt is not UNSET:
            field_dict["custom_prompt"] = custom_prompt
        if language is not UNSET:
            field_dict["language"] = language
        if speed is not UNSET:
            field_dict["speed"] = speed
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if appointment_scheduling_enabled is not UNSET:
            field_dict["appointment_scheduling_enabled"] = appointment_scheduling_enabled
        if appointment_scheduling_randomly is not UNSET:
            field_dict["appointment_scheduling_randomly"] = appointment_scheduling_randomly
        if custom_llm_url is not UNSET:
            field_dict["custom_llm_url"] = custom_llm_url
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations
        if settings is not UNSET:
            field_dict["settings"] = settings
        if guidelines is not UNSET:
            field_dict["guidelines"] = guidelines
        if notes is not UNSET:
            field_dict["notes"] = notes
        if procedures is not UNSET:
            field_dict["procedures"] = procedures
        if training is not UNSET:
            field_dict["training"] = training
        if routing_rules is not UNSET:
            field_dict["routing_rules"] = routing_rules
        if guard_rules is not UNSET:
            field_dict["guard_rules"] = guard_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_ivr_agent_guidelines_item import VoiceIvrAgentGuidelinesItem
        from ..models.voice_ivr_agent_notes_item import VoiceIvrAgentNotesItem
        from ..models.voice_ivr_agent_procedures_item import VoiceIvrAgentProceduresItem
        from ..models.voice_ivr_agent_settings import VoiceIvrAgentSettings
        from ..models.voice_ivr_agent_training_item import VoiceIvrAgentTrainingItem
        from ..models.voice_ivr_guard_rule import VoiceIvrGuardRule
        from ..models.voice_ivr_routing_rule import VoiceIvrRoutingRule

        d = dict(src_dict)
        _agent_uuid = d.pop("agent_uuid", UNSET)
        agent_uuid: UUID | Unset
        if isinstance(_agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = UUID(_agent_uuid)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        company_name = d.pop("company_name", UNSET)

        role = d.pop("role", UNSET)

        objective = d.pop("objective", UNSET)

        tone = d.pop("tone", UNSET)

        behavior_guidelines = d.pop("behavior_guidelines", UNSET)

        company_service = d.pop("company_service", UNSET)

        topic = d.pop("topic", UNSET)

        length_detail = d.pop("length_detail", UNSET)

        interest_of_product = d.pop("interest_of_product", UNSET)

        negative_response = d.pop("negative_response", UNSET)

        status = d.pop("status", UNSET)

        custom_prompt = d.pop("custom_prompt", UNSET)

        language = d.pop("language", UNSET)

        speed = d.pop("speed", UNSET)

        timezone = d.pop("timezone", UNSET)

        appointment_scheduling_enabled = d.pop("appointment_scheduling_enabled", UNSET)

        appointment_scheduling_randomly = d.pop("appointment_scheduling_randomly", UNSET)

        custom_llm_url = d.pop("custom_llm_url", UNSET)

        recommendations = d.pop("recommendations", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: VoiceIvrAgentSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = VoiceIvrAgentSettings.from_dict(_settings)

        _guidelines = d.pop("guidelines", UNSET)
        guidelines: list[VoiceIvrAgentGuidelinesItem] | Unset = UNSET
        if _guidelines is not UNSET:
            guidelines = []
            for guidelines_item_data in _guidelines:
                guidelines_item = VoiceIvrAgentGuidelinesItem.from_dict(guidelines_item_data)

                guidelines.append(guidelines_item)

        _notes = d.pop("notes", UNSET)
        notes: list[VoiceIvrAgentNotesItem] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:
                notes_item = VoiceIvrAgentNotesItem.from_dict(notes_item_data)

                notes.append(notes_item)

        _procedures = d.pop("procedures", UNSET)
        procedures: list[VoiceIvrAgentProceduresItem] | Unset = UNSET
        if _procedures is not UNSET:
            procedures = []
            for procedures_item_data in _procedures:
                procedures_item = VoiceIvrAgentProceduresItem.from_dict(procedures_item_data)

                procedures.append(procedures_item)

        _training = d.pop("training", UNSET)
        training: list[VoiceIvrAgentTrainingItem] | Unset = UNSET
        if _training is not UNSET:
            training = []
            for training_item_data in _training:
                training_item = VoiceIvrAgentTrainingItem.from_dict(training_item_data)

                training.append(training_item)

        _routing_rules = d.pop("routing_rules", UNSET)
        routing_rules: list[VoiceIvrRoutingRule] | Unset = UNSET
        if _routing_rules is not UNSET:
            routing_rules = []
            for routing_rules_item_data in _routing_rules:
                routing_rules_item = VoiceIvrRoutingRule.from_dict(routing_rules_item_data)

                routing_rules.append(routing_rules_item)

        _guard_rules = d.pop("guard_rules", UNSET)
        guard_rules: list[VoiceIvrGuardRule] | Unset = UNSET
        if _guard_rules is not UNSET:
            guard_rules = []
            for guard_rules_item_data in _guard_rules:
                guard_rules_item = VoiceIvrGuardRule.from_dict(guard_rules_item_data)

                guard_rules.append(guard_rules_item)

        voice_ivr_agent = cls(
            agent_uuid=agent_uuid,
            name=name,
            description=description,
            company_name=company_name,
            role=role,
            objective=objective,
            tone=tone,
            behavior_guidelines=behavior_guidelines,
            company_service=company_service,
            topic=topic,
            length_detail=length_detail,
            interest_of_product=interest_of_product,
            negative_response=negative_response,
            status=status,
            custom_prompt=custom_prompt,
            language=language,
            speed=speed,
            timezone=timezone,
            appointment_scheduling_enabled=appointment_scheduling_enabled,
            appointment_scheduling_randomly=appointment_scheduling_randomly,
            custom_llm_url=custom_llm_url,
            recommendations=recommendations,
            settings=settings,
            guidelines=guidelines,
            notes=notes,
            procedures=procedures,
            training=training,
            routing_rules=routing_rules,
            guard_rules=guard_rules,
        )

        voice_ivr_agent.additional_properties = d
        return voice_ivr_agent

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
