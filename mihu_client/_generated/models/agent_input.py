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
)

if TYPE_CHECKING:
    from ..models.agent_appointments_input import AgentAppointmentsInput
    from ..models.agent_guideline_input import AgentGuidelineInput
    from ..models.agent_input_guard_rules_item import AgentInputGuardRulesItem
    from ..models.agent_input_settings import AgentInputSettings
    from ..models.agent_note_input import AgentNoteInput
    from ..models.agent_procedure_input import AgentProcedureInput
    from ..models.agent_routing_rule_input import AgentRoutingRuleInput
    from ..models.agent_training_input import AgentTrainingInput


T = TypeVar("T", bound="AgentInput")


@_attrs_define
class AgentInput:
    """Agent configuration payload used by create and update. Collection sections (guidelines, notes, procedures, training,
    routing_rules, guard_rules) replace the stored section when sent.

    """

    name: str
    """ Internal label of the agent; also the default name used in the inbound greeting. """
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
    """ Only in the older Create an agent example (value: pending). """
    custom_prompt: str | Unset = UNSET
    language: str | Unset = UNSET
    """ Language code, e.g. en. """
    speed: str | Unset = UNSET
    """ Only in the older Create an agent example (value: normal). """
    timezone: str | Unset = UNSET
    """ IANA timezone, e.g. Europe/Istanbul. """
    appointment_scheduling_enabled: bool | Unset = UNSET
    appointment_scheduling_randomly: bool | Unset = UNSET
    custom_llm_url: str | Unset = UNSET
    settings: AgentInputSettings | Unset = UNSET
    guidelines: list[AgentGuidelineInput] | Unset = UNSET
    notes: list[AgentNoteInput] | Unset = UNSET
    procedures: list[AgentProcedureInput] | Unset = UNSET
    training: list[AgentTrainingInput] | Unset = UNSET
    appointments: AgentAppointmentsInput | Unset = UNSET
    """ Appointment configuration of an agent. """
    routing_rules: list[AgentRoutingRuleInput] | Unset = UNSET
    guard_rules: list[AgentInputGuardRulesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        appointments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointments, Unset):
            appointments = self.appointments.to_dict() if hasattr(self.appointments, "to_dict") else self.appointments

        routing_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routing_rules, Unset):
            routing_rules = []
            for routing_rules_item_data in self.routing_rules:
                routing_rules_item = (
                    routing_rules_item_data.to_dict()
                    if hasattr(routing_rules_item_data, "to_dict")
                    else routing_rules_item_data
                )
                routing_rules.append(routing_rules_item)

        guard_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guard_rules, Unset):
            guard_rules = []
            for guard_rules_item_data in self.guard_rules:
                guard_rules_item = (
                    guard_rules_item_data.to_dict()
                    if hasattr(guard_rules_item_data, "to_dict")
                    else guard_rules_item_data
                )
                guard_rules.append(guard_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
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
        if appointments is not UNSET:
            field_dict["appointments"] = appointments
        if routing_rules is not UNSET:
            field_dict["routing_rules"] = routing_rules
        if guard_rules is not UNSET:
            field_dict["guard_rules"] = guard_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is UNSET:
            name = missing("AgentInput.name")
        if name is None:
            name = unexpected_null("AgentInput.name")

        description = d.get("description", UNSET)
        if description is None:
            description = unexpected_null("AgentInput.description")

        company_name = d.get("company_name", UNSET)
        if company_name is None:
            company_name = unexpected_null("AgentInput.company_name")

        role = d.get("role", UNSET)
        if role is None:
            role = unexpected_null("AgentInput.role")

        objective = d.get("objective", UNSET)
        if objective is None:
            objective = unexpected_null("AgentInput.objective")

        tone = d.get("tone", UNSET)
        if tone is None:
            tone = unexpected_null("AgentInput.tone")

        behavior_guidelines = d.get("behavior_guidelines", UNSET)
        if behavior_guidelines is None:
            behavior_guidelines = unexpected_null("AgentInput.behavior_guidelines")

        company_service = d.get("company_service", UNSET)
        if company_service is None:
            company_service = unexpected_null("AgentInput.company_service")

        topic = d.get("topic", UNSET)
        if topic is None:
            topic = unexpected_null("AgentInput.topic")

        length_detail = d.get("length_detail", UNSET)
        if length_detail is None:
            length_detail = unexpected_null("AgentInput.length_detail")

        interest_of_product = d.get("interest_of_product", UNSET)
        if interest_of_product is None:
            interest_of_product = unexpected_null("AgentInput.interest_of_product")

        negative_response = d.get("negative_response", UNSET)
        if negative_response is None:
            negative_response = unexpected_null("AgentInput.negative_response")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("AgentInput.status")

        custom_prompt = d.get("custom_prompt", UNSET)
        if custom_prompt is None:
            custom_prompt = unexpected_null("AgentInput.custom_prompt")

        language = d.get("language", UNSET)
        if language is None:
            language = unexpected_null("AgentInput.language")

        speed = d.get("speed", UNSET)
        if speed is None:
            speed = unexpected_null("AgentInput.speed")

        timezone = d.get("timezone", UNSET)
        if timezone is None:
            timezone = unexpected_null("AgentInput.timezone")

        appointment_scheduling_enabled = d.get("appointment_scheduling_enabled", UNSET)
        if appointment_scheduling_enabled is None:
            appointment_scheduling_enabled = unexpected_null("AgentInput.appointment_scheduling_enabled")

        appointment_scheduling_randomly = d.get("appointment_scheduling_randomly", UNSET)
        if appointment_scheduling_randomly is None:
            appointment_scheduling_randomly = unexpected_null("AgentInput.appointment_scheduling_randomly")

        custom_llm_url = d.get("custom_llm_url", UNSET)
        if custom_llm_url is None:
            custom_llm_url = unexpected_null("AgentInput.custom_llm_url")

        settings = d.get("settings", UNSET)
        if settings.__class__ is dict:
            settings = _from_dict_AgentInputSettings(settings)
        elif settings is None:
            settings = unexpected_null("AgentInput.settings")
        elif settings is not UNSET and settings is not None:
            settings = mismatch(settings, "AgentInput.settings")

        guidelines = d.get("guidelines", UNSET)
        if guidelines.__class__ is list:
            guidelines = [
                _from_dict_AgentGuidelineInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentInput.guidelines", False)
                for _i0 in guidelines
            ]
        elif guidelines is None:
            guidelines = unexpected_null("AgentInput.guidelines")
        elif guidelines is not UNSET and guidelines is not None:
            guidelines = mismatch(guidelines, "AgentInput.guidelines")

        notes = d.get("notes", UNSET)
        if notes.__class__ is list:
            notes = [
                _from_dict_AgentNoteInput(_i0) if _i0.__class__ is dict else odd_item(_i0, "AgentInput.notes", False)
                for _i0 in notes
            ]
        elif notes is None:
            notes = unexpected_null("AgentInput.notes")
        elif notes is not UNSET and notes is not None:
            notes = mismatch(notes, "AgentInput.notes")

        procedures = d.get("procedures", UNSET)
        if procedures.__class__ is list:
            procedures = [
                _from_dict_AgentProcedureInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentInput.procedures", False)
                for _i0 in procedures
            ]
        elif procedures is None:
            procedures = unexpected_null("AgentInput.procedures")
        elif procedures is not UNSET and procedures is not None:
            procedures = mismatch(procedures, "AgentInput.procedures")

        training = d.get("training", UNSET)
        if training.__class__ is list:
            training = [
                _from_dict_AgentTrainingInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentInput.training", False)
                for _i0 in training
            ]
        elif training is None:
            training = unexpected_null("AgentInput.training")
        elif training is not UNSET and training is not None:
            training = mismatch(training, "AgentInput.training")

        appointments = d.get("appointments", UNSET)
        if appointments.__class__ is dict:
            appointments = _from_dict_AgentAppointmentsInput(appointments)
        elif appointments is None:
            appointments = unexpected_null("AgentInput.appointments")
        elif appointments is not UNSET and appointments is not None:
            appointments = mismatch(appointments, "AgentInput.appointments")

        routing_rules = d.get("routing_rules", UNSET)
        if routing_rules.__class__ is list:
            routing_rules = [
                _from_dict_AgentRoutingRuleInput(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentInput.routing_rules", False)
                for _i0 in routing_rules
            ]
        elif routing_rules is None:
            routing_rules = unexpected_null("AgentInput.routing_rules")
        elif routing_rules is not UNSET and routing_rules is not None:
            routing_rules = mismatch(routing_rules, "AgentInput.routing_rules")

        guard_rules = d.get("guard_rules", UNSET)
        if guard_rules.__class__ is list:
            guard_rules = [
                _from_dict_AgentInputGuardRulesItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "AgentInput.guard_rules", False)
                for _i0 in guard_rules
            ]
        elif guard_rules is None:
            guard_rules = unexpected_null("AgentInput.guard_rules")
        elif guard_rules is not UNSET and guard_rules is not None:
            guard_rules = mismatch(guard_rules, "AgentInput.guard_rules")

        agent_input = new_instance(cls)
        agent_input.name = name
        agent_input.description = description
        agent_input.company_name = company_name
        agent_input.role = role
        agent_input.objective = objective
        agent_input.tone = tone
        agent_input.behavior_guidelines = behavior_guidelines
        agent_input.company_service = company_service
        agent_input.topic = topic
        agent_input.length_detail = length_detail
        agent_input.interest_of_product = interest_of_product
        agent_input.negative_response = negative_response
        agent_input.status = status
        agent_input.custom_prompt = custom_prompt
        agent_input.language = language
        agent_input.speed = speed
        agent_input.timezone = timezone
        agent_input.appointment_scheduling_enabled = appointment_scheduling_enabled
        agent_input.appointment_scheduling_randomly = appointment_scheduling_randomly
        agent_input.custom_llm_url = custom_llm_url
        agent_input.settings = settings
        agent_input.guidelines = guidelines
        agent_input.notes = notes
        agent_input.procedures = procedures
        agent_input.training = training
        agent_input.appointments = appointments
        agent_input.routing_rules = routing_rules
        agent_input.guard_rules = guard_rules
        agent_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return agent_input

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
        "settings",
        "guidelines",
        "notes",
        "procedures",
        "training",
        "appointments",
        "routing_rules",
        "guard_rules",
    )
)

from ..models.agent_appointments_input import AgentAppointmentsInput
from ..models.agent_guideline_input import AgentGuidelineInput
from ..models.agent_input_guard_rules_item import AgentInputGuardRulesItem
from ..models.agent_input_settings import AgentInputSettings
from ..models.agent_note_input import AgentNoteInput
from ..models.agent_procedure_input import AgentProcedureInput
from ..models.agent_routing_rule_input import AgentRoutingRuleInput
from ..models.agent_training_input import AgentTrainingInput

_from_dict_AgentInputSettings = AgentInputSettings.from_dict

_from_dict_AgentGuidelineInput = AgentGuidelineInput.from_dict


_from_dict_AgentNoteInput = AgentNoteInput.from_dict


_from_dict_AgentProcedureInput = AgentProcedureInput.from_dict


_from_dict_AgentTrainingInput = AgentTrainingInput.from_dict


_from_dict_AgentAppointmentsInput = AgentAppointmentsInput.from_dict

_from_dict_AgentRoutingRuleInput = AgentRoutingRuleInput.from_dict


_from_dict_AgentInputGuardRulesItem = AgentInputGuardRulesItem.from_dict
