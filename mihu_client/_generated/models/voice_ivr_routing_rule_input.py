from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ivr_routing_rule_input_detection_mode import VoiceIvrRoutingRuleInputDetectionMode
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    parse_uuid,
    unexpected_null,
)

T = TypeVar("T", bound="VoiceIvrRoutingRuleInput")


@_attrs_define
class VoiceIvrRoutingRuleInput:
    """Writable fields of an intent-driven (IVR-replacement) routing rule. All fields optional for partial updates. Extra
    keys allowed because the page excerpt was cut after ai_prompt (a 'message spoken to the caller before transferring'
    field exists but its name was not visible).

    """

    detection_mode: VoiceIvrRoutingRuleInputDetectionMode | Unset = UNSET
    """ Matching strategy: literal keyword (exact), semantic AI classification (intent) or keyword first with intent
    fallback (both). """
    trigger_keyword: str | Unset = UNSET
    """ Keyword used by exact/both matching; needed when detection_mode is exact or both. """
    name: str | Unset = UNSET
    """ Readable label of the rule. """
    phrases: list[str] | Unset = UNSET
    """ Sample caller utterances (3-5 recommended) used as intent examples. """
    ai_prompt: str | Unset = UNSET
    """ Instructions the runtime AI uses to decide whether an utterance matches; without it intent/both rules never
    fire. """
    destination_type: str | Unset = UNSET
    """ Kind of transfer target (extension, phone number or agent). Field name inferred from the guard-rule schema;
    not visible on the routing-rule page excerpt. """
    destination: str | Unset = UNSET
    """ Transfer target (extension or phone number). Field name inferred from the guard-rule schema. """
    destination_agent_uuid: Unset | UUID | None = UNSET
    """ Target agent when destination_type is agent. Field name inferred from the guard-rule schema. """
    priority: int | Unset = UNSET
    """ Evaluation order; lower numbers are evaluated first. When omitted on create, the rule is appended after the
    current highest priority. """
    is_active: bool | Unset = UNSET
    """ Inactive rules stay configured but never fire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detection_mode: str | Unset = UNSET
        if not isinstance(self.detection_mode, Unset):
            detection_mode = getattr(self.detection_mode, "value", self.detection_mode)

        trigger_keyword = self.trigger_keyword

        name = self.name

        phrases: list[str] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            phrases = self.phrases

        ai_prompt = self.ai_prompt

        destination_type = self.destination_type

        destination = self.destination

        destination_agent_uuid: str | Unset | None
        if isinstance(self.destination_agent_uuid, Unset):
            destination_agent_uuid = UNSET
        elif isinstance(self.destination_agent_uuid, UUID):
            destination_agent_uuid = (
                str(self.destination_agent_uuid)
                if isinstance(self.destination_agent_uuid, UUID)
                else self.destination_agent_uuid
            )
        else:
            destination_agent_uuid = self.destination_agent_uuid

        priority = self.priority

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detection_mode is not UNSET:
            field_dict["detection_mode"] = detection_mode
        if trigger_keyword is not UNSET:
            field_dict["trigger_keyword"] = trigger_keyword
        if name is not UNSET:
            field_dict["name"] = name
        if phrases is not UNSET:
            field_dict["phrases"] = phrases
        if ai_prompt is not UNSET:
            field_dict["ai_prompt"] = ai_prompt
        if destination_type is not UNSET:
            field_dict["destination_type"] = destination_type
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_agent_uuid is not UNSET:
            field_dict["destination_agent_uuid"] = destination_agent_uuid
        if priority is not UNSET:
            field_dict["priority"] = priority
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        detection_mode = d.get("detection_mode", UNSET)
        if detection_mode.__class__ is str:
            detection_mode = _values_VoiceIvrRoutingRuleInputDetectionMode.get(detection_mode) or enum_value(
                VoiceIvrRoutingRuleInputDetectionMode, detection_mode, "VoiceIvrRoutingRuleInput.detection_mode"
            )
        elif detection_mode is None:
            detection_mode = unexpected_null("VoiceIvrRoutingRuleInput.detection_mode")
        elif detection_mode is not UNSET and detection_mode is not None:
            detection_mode = mismatch(detection_mode, "VoiceIvrRoutingRuleInput.detection_mode")

        trigger_keyword = d.get("trigger_keyword", UNSET)
        if trigger_keyword is None:
            trigger_keyword = unexpected_null("VoiceIvrRoutingRuleInput.trigger_keyword")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("VoiceIvrRoutingRuleInput.name")

        phrases = d.get("phrases", UNSET)
        if phrases is None:
            phrases = unexpected_null("VoiceIvrRoutingRuleInput.phrases")

        ai_prompt = d.get("ai_prompt", UNSET)
        if ai_prompt is None:
            ai_prompt = unexpected_null("VoiceIvrRoutingRuleInput.ai_prompt")

        destination_type = d.get("destination_type", UNSET)
        if destination_type is None:
            destination_type = unexpected_null("VoiceIvrRoutingRuleInput.destination_type")

        destination = d.get("destination", UNSET)
        if destination is None:
            destination = unexpected_null("VoiceIvrRoutingRuleInput.destination")

        destination_agent_uuid = d.get("destination_agent_uuid", UNSET)
        if destination_agent_uuid.__class__ is str:
            destination_agent_uuid = parse_uuid(
                destination_agent_uuid, "VoiceIvrRoutingRuleInput.destination_agent_uuid"
            )
        elif destination_agent_uuid is not UNSET and destination_agent_uuid is not None:
            destination_agent_uuid = mismatch(destination_agent_uuid, "VoiceIvrRoutingRuleInput.destination_agent_uuid")

        priority = d.get("priority", UNSET)
        if priority is None:
            priority = unexpected_null("VoiceIvrRoutingRuleInput.priority")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("VoiceIvrRoutingRuleInput.is_active")

        voice_ivr_routing_rule_input = new_instance(cls)
        voice_ivr_routing_rule_input.detection_mode = detection_mode
        voice_ivr_routing_rule_input.trigger_keyword = trigger_keyword
        voice_ivr_routing_rule_input.name = name
        voice_ivr_routing_rule_input.phrases = phrases
        voice_ivr_routing_rule_input.ai_prompt = ai_prompt
        voice_ivr_routing_rule_input.destination_type = destination_type
        voice_ivr_routing_rule_input.destination = destination
        voice_ivr_routing_rule_input.destination_agent_uuid = destination_agent_uuid
        voice_ivr_routing_rule_input.priority = priority
        voice_ivr_routing_rule_input.is_active = is_active
        voice_ivr_routing_rule_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return voice_ivr_routing_rule_input

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


_values_VoiceIvrRoutingRuleInputDetectionMode = VoiceIvrRoutingRuleInputDetectionMode._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "detection_mode",
        "trigger_keyword",
        "name",
        "phrases",
        "ai_prompt",
        "destination_type",
        "destination",
        "destination_agent_uuid",
        "priority",
        "is_active",
    )
)
