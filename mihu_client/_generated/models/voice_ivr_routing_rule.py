from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ivr_routing_rule_detection_mode import VoiceIvrRoutingRuleDetectionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceIvrRoutingRule")


@_attrs_define
class VoiceIvrRoutingRule:
    """A routing rule as returned inside the agent's routing_rules list (shape reconstructed; the response example was
    truncated before this list).

    """

    uuid: UUID | Unset = UNSET
    """ Identifier of the rule (used as ruleUuid). """
    detection_mode: VoiceIvrRoutingRuleDetectionMode | Unset = UNSET
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
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        detection_mode: str | Unset = UNSET
        if not isinstance(self.detection_mode, Unset):
            detection_mode = self.detection_mode.value

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
            destination_agent_uuid = str(self.destination_agent_uuid)
        else:
            destination_agent_uuid = self.destination_agent_uuid

        priority = self.priority

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
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
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _detection_mode = d.pop("detection_mode", UNSET)
        detection_mode: VoiceIvrRoutingRuleDetectionMode | Unset
        if isinstance(_detection_mode, Unset):
            detection_mode = UNSET
        else:
            detection_mode = VoiceIvrRoutingRuleDetectionMode(_detection_mode)

        trigger_keyword = d.pop("trigger_keyword", UNSET)

        name = d.pop("name", UNSET)

        phrases = cast(list[str], d.pop("phrases", UNSET))

        ai_prompt = d.pop("ai_prompt", UNSET)

        destination_type = d.pop("destination_type", UNSET)

        destination = d.pop("destination", UNSET)

        def _parse_destination_agent_uuid(data: object) -> Unset | UUID | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                destination_agent_uuid_type_0 = UUID(data)

                return destination_agent_uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        destination_agent_uuid = _parse_destination_agent_uuid(d.pop("destination_agent_uuid", UNSET))

        priority = d.pop("priority", UNSET)

        is_active = d.pop("is_active", UNSET)

        voice_ivr_routing_rule = cls(
            uuid=uuid,
            detection_mode=detection_mode,
            trigger_keyword=trigger_keyword,
            name=name,
            phrases=phrases,
            ai_prompt=ai_prompt,
            destination_type=destination_type,
            destination=destination,
            destination_agent_uuid=destination_agent_uuid,
            priority=priority,
            is_active=is_active,
        )

        voice_ivr_routing_rule.additional_properties = d
        return voice_ivr_routing_rule

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
