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
        v_detection_mode: str | Unset = UNSET
        if not isinstance(self.detection_mode, Unset):
            v_detection_mode = getattr(self.detection_mode, "value", self.detection_mode)

        v_trigger_keyword = self.trigger_keyword

        v_name = self.name

        v_phrases: list[str] | Unset = UNSET
        if not isinstance(self.phrases, Unset):
            v_phrases = self.phrases

        v_ai_prompt = self.ai_prompt

        v_destination_type = self.destination_type

        v_destination = self.destination

        v_destination_agent_uuid: str | Unset | None
        if isinstance(self.destination_agent_uuid, Unset):
            v_destination_agent_uuid = UNSET
        elif isinstance(self.destination_agent_uuid, UUID):
            v_destination_agent_uuid = (
                str(self.destination_agent_uuid)
                if isinstance(self.destination_agent_uuid, UUID)
                else self.destination_agent_uuid
            )
        else:
            v_destination_agent_uuid = self.destination_agent_uuid

        v_priority = self.priority

        v_is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_detection_mode is not UNSET:
            field_dict["detection_mode"] = v_detection_mode
        if v_trigger_keyword is not UNSET:
            field_dict["trigger_keyword"] = v_trigger_keyword
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_phrases is not UNSET:
            field_dict["phrases"] = v_phrases
        if v_ai_prompt is not UNSET:
            field_dict["ai_prompt"] = v_ai_prompt
        if v_destination_type is not UNSET:
            field_dict["destination_type"] = v_destination_type
        if v_destination is not UNSET:
            field_dict["destination"] = v_destination
        if v_destination_agent_uuid is not UNSET:
            field_dict["destination_agent_uuid"] = v_destination_agent_uuid
        if v_priority is not UNSET:
            field_dict["priority"] = v_priority
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_detection_mode = d.get("detection_mode", UNSET)
        if v_detection_mode.__class__ is str:
            v_detection_mode = _values_VoiceIvrRoutingRuleInputDetectionMode.get(v_detection_mode) or enum_value(
                VoiceIvrRoutingRuleInputDetectionMode, v_detection_mode, "VoiceIvrRoutingRuleInput.detection_mode"
            )
        elif v_detection_mode is None:
            v_detection_mode = unexpected_null("VoiceIvrRoutingRuleInput.detection_mode")
        elif v_detection_mode is not UNSET and v_detection_mode is not None:
            v_detection_mode = mismatch(v_detection_mode, "VoiceIvrRoutingRuleInput.detection_mode")

        v_trigger_keyword = d.get("trigger_keyword", UNSET)
        if v_trigger_keyword is None:
            v_trigger_keyword = unexpected_null("VoiceIvrRoutingRuleInput.trigger_keyword")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("VoiceIvrRoutingRuleInput.name")

        v_phrases = d.get("phrases", UNSET)
        if v_phrases is None:
            v_phrases = unexpected_null("VoiceIvrRoutingRuleInput.phrases")

        v_ai_prompt = d.get("ai_prompt", UNSET)
        if v_ai_prompt is None:
            v_ai_prompt = unexpected_null("VoiceIvrRoutingRuleInput.ai_prompt")

        v_destination_type = d.get("destination_type", UNSET)
        if v_destination_type is None:
            v_destination_type = unexpected_null("VoiceIvrRoutingRuleInput.destination_type")

        v_destination = d.get("destination", UNSET)
        if v_destination is None:
            v_destination = unexpected_null("VoiceIvrRoutingRuleInput.destination")

        v_destination_agent_uuid = d.get("destination_agent_uuid", UNSET)
        if v_destination_agent_uuid.__class__ is str:
            v_destination_agent_uuid = parse_uuid(
                v_destination_agent_uuid, "VoiceIvrRoutingRuleInput.destination_agent_uuid"
            )
        elif v_destination_agent_uuid is not UNSET and v_destination_agent_uuid is not None:
            v_destination_agent_uuid = mismatch(
                v_destination_agent_uuid, "VoiceIvrRoutingRuleInput.destination_agent_uuid"
            )

        v_priority = d.get("priority", UNSET)
        if v_priority is None:
            v_priority = unexpected_null("VoiceIvrRoutingRuleInput.priority")

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("VoiceIvrRoutingRuleInput.is_active")

        _instance = new_instance(cls)
        _instance.detection_mode = v_detection_mode
        _instance.trigger_keyword = v_trigger_keyword
        _instance.name = v_name
        _instance.phrases = v_phrases
        _instance.ai_prompt = v_ai_prompt
        _instance.destination_type = v_destination_type
        _instance.destination = v_destination
        _instance.destination_agent_uuid = v_destination_agent_uuid
        _instance.priority = v_priority
        _instance.is_active = v_is_active
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


_values_VoiceIvrRoutingRuleInputDetectionMode = VoiceIvrRoutingRuleInputDetectionMode._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
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
