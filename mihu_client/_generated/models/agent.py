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
    from ..models.agent_guideline import AgentGuideline
    from ..models.agent_note import AgentNote
    from ..models.agent_procedure import AgentProcedure
    from ..models.agent_settings import AgentSettings
    from ..models.agent_training_item import AgentTrainingItem


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """A configured AI agent. The stored response examples are cut off after the training array, so further fields may
    exist.

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
    """ Agent status. Only present in the developers.mindhunters.ai version of the examples (value seen: pending);
    absent from the newer developers.mihu.ai examples. """
    custom_prompt: str | Unset = UNSET
    language: str | Unset = UNSET
    speed: str | Unset = UNSET
    timezone: str | Unset = UNSET
    appointment_scheduling_enabled: bool | Unset = UNSET
    appointment_scheduling_randomly: bool | Unset = UNSET
    custom_llm_url: str | Unset = UNSET
    recommendations: str | Unset = UNSET
    settings: AgentSettings | Unset = UNSET
    """ Grouped channel and feature settings of an agent. Inner shapes are not shown on the stored pages. """
    guidelines: list[AgentGuideline] | Unset = UNSET
    notes: list[AgentNote] | Unset = UNSET
    procedures: list[AgentProcedure] | Unset = UNSET
    training: list[AgentTrainingItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_uuid: str | Unset = UNSET
        if not isinstance(self.agent_uuid, Unset):
            agent_uuid = str(self.agent_uuid) if isinstance(self.agent_uuid, UUID) else self.agent_uuid

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
            settings = self.settings.to_dict() if hasattr(self.settings, "to_dict") else self.settings

        guidelines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidelines, Unset):
            guidelines = []
            for guidelines_item_data in self.guidelines:
                guidelines_item = (
                    guidelines_item_data.to_dict() if hasattr(guidelines_item_data, "to_dict") else guidelines_item_data
                )
                guidelines.append(guidelines_item)

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item = notes_item_data.to_dict() if hasattr(notes_item_data, "to_dict") else notes_item_data
                notes.append(notes_item)

        procedures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            procedures = []
            for procedures_item_data in self.procedures:
                procedures_item = (
                    procedures_item_data.to_dict() if hasattr(procedures_item_data, "to_dict") else procedures_item_data
                )
                procedures.append(procedures_item)

        training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = []
            for training_item_data in self.training:
                training_item = (
                    training_item_data.to_dict() if hasattr(training_item_data, "to_dict") else training_item_data
                )
                training.append(training_item)

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent_uuid = d.get("agent_uuid", UNSET)
        if agent_uuid.__class__ is str:
            agent_uuid = parse_uuid(agent_uuid, "Agent.agent_uuid")
        elif agent_uuid is None:
            agent_uuid = unexpected_null("Agent.agent_uuid")
        elif agent_uuid is not UNSET and agent_uuid is not None:
            agent_uuid = mismatch(agent_uuid, "Agent.agent_uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Agent.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("Agent.description")

        company_name = d.get("company_name", UNSET)
        if company_name is None:
            company_name = unexpected_null("Agent.company_name")

        role = d.get("role", UNSET)
        if role is None:
            role = unexpected_null("Agent.role")

        objective = d.get("objective", UNSET)
        if objective is None:
            objective = unexpected_null("Agent.objective")

        tone = d.get("tone", UNSET)
        if tone is None:
            tone = unexpected_null("Agent.tone")

        behavior_guidelines = d.get("behavior_guidelines", UNSET)
        if behavior_guidelines is None:
            behavior_guidelines = unexpected_null("Agent.behavior_guidelines")

        company_service = d.get("company_service", UNSET)
        if company_service is None:
            company_service = unexpected_null("Agent.company_service")

        topic = d.get("topic", UNSET)
        if topic is None:
            topic = unexpected_null("Agent.topic")

        length_detail = d.get("length_detail", UNSET)
        if length_detail is None:
            length_detail = unexpected_null("Agent.length_detail")

        interest_of_product = d.get("interest_of_product", UNSET)
        if interest_of_product is None:
            interest_of_product = unexpected_null("Agent.interest_of_product")

        negative_response = d.get("negative_response", UNSET)
        if negative_response is None:
            negative_response = unexpected_null("Agent.negative_response")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("Agent.status")

        custom_prompt = d.get("custom_prompt", UNSET)
        if custom_prompt is None:
            custom_prompt = unexpected_null("Agent.custom_prompt")

        language = d.get("language", UNSET)
        if language is None:
            language = unexpected_null("Agent.language")

        speed = d.get("speed", UNSET)
        if speed is None:
            speed = unexpected_null("Agent.speed")

        timezone = d.get("timezone", UNSET)
        if timezone is None:
            timezone = unexpected_null("Agent.timezone")

        appointment_scheduling_enabled = d.get("appointment_scheduling_enabled", UNSET)
        if appointment_scheduling_enabled is None:
            appointment_scheduling_enabled = unexpected_null("Agent.appointment_scheduling_enabled")

        appointment_scheduling_randomly = d.get("appointment_scheduling_randomly", UNSET)
        if appointment_scheduling_randomly is None:
            appointment_scheduling_randomly = unexpected_null("Agent.appointment_scheduling_randomly")

        custom_llm_url = d.get("custom_llm_url", UNSET)
        if custom_llm_url is None:
            custom_llm_url = unexpected_null("Agent.custom_llm_url")

        recommendations = d.get("recommendations", UNSET)
        if recommendations is None:
            recommendations = unexpected_null("Agent.recommendations")

        settings = d.get("settings", UNSET)
        if settings.__class__ is dict:
            settings = _from_dict_AgentSettings(settings)
        elif settings is None:
            settings = unexpected_null("Agent.settings")
        elif settings is not UNSET and settings is not None:
            settings = mismatch(settings, "Agent.settings")

        guidelines = d.get("guidelines", UNSET)
        if guidelines.__class__ is list:
            guidelines = [
                _from_dict_AgentGuideline(_i0) if _i0.__class__ is dict else odd_item(_i0, "Agent.guidelines", False)
                for _i0 in guidelines
            ]
        elif guidelines is None:
            guidelines = unexpected_null("Agent.guidelines")
        elif guidelines is not UNSET and guidelines is not None:
            guidelines = mismatch(guidelines, "Agent.guidelines")

        notes = d.get("notes", UNSET)
        if notes.__class__ is list:
            notes = [
                _from_dict_AgentNote(_i0) if _i0.__class__ is dict else odd_item(_i0, "Agent.notes", False)
                for _i0 in notes
            ]
        elif notes is None:
            notes = unexpected_null("Agent.notes")
        elif notes is not UNSET and notes is not None:
            notes = mismatch(notes, "Agent.notes")

        procedures = d.get("procedures", UNSET)
        if procedures.__class__ is list:
            procedures = [
                _from_dict_AgentProcedure(_i0) if _i0.__class__ is dict else odd_item(_i0, "Agent.procedures", False)
                for _i0 in procedures
            ]
        elif procedures is None:
            procedures = unexpected_null("Agent.procedures")
        elif procedures is not UNSET and procedures is not None:
            procedures = mismatch(procedures, "Agent.procedures")

        training = d.get("training", UNSET)
        if training.__class__ is list:
            training = [
                _from_dict_AgentTrainingItem(_i0) if _i0.__class__ is dict else odd_item(_i0, "Agent.training", False)
                for _i0 in training
            ]
        elif training is None:
            training = unexpected_null("Agent.training")
        elif training is not UNSET and training is not None:
            training = mismatch(training, "Agent.training")

        agent = new_instance(cls)
        agent.agent_uuid = agent_uuid
        agent.name = name
        agent.description = description
        agent.company_name = company_name
        agent.role = role
        agent.objective = objective
        agent.tone = tone
        agent.behavior_guidelines = behavior_guidelines
        agent.company_service = company_service
        agent.topic = topic
        agent.length_detail = length_detail
        agent.interest_of_product = interest_of_product
        agent.negative_response = negative_response
        agent.status = status
        agent.custom_prompt = custom_prompt
        agent.language = language
        agent.speed = speed
        agent.timezone = timezone
        agent.appointment_scheduling_enabled = appointment_scheduling_enabled
        agent.appointment_scheduling_randomly = appointment_scheduling_randomly
        agent.custom_llm_url = custom_llm_url
        agent.recommendations = recommendations
        agent.settings = settings
        agent.guidelines = guidelines
        agent.notes = notes
        agent.procedures = procedures
        agent.training = training
        agent.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent

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
    )
)

from ..models.agent_guideline import AgentGuideline
from ..models.agent_note import AgentNote
from ..models.agent_procedure import AgentProcedure
from ..models.agent_settings import AgentSettings
from ..models.agent_training_item import AgentTrainingItem

_from_dict_AgentSettings = AgentSettings.from_dict

_from_dict_AgentGuideline = AgentGuideline.from_dict


_from_dict_AgentNote = AgentNote.from_dict


_from_dict_AgentProcedure = AgentProcedure.from_dict


_from_dict_AgentTrainingItem = AgentTrainingItem.from_dict
