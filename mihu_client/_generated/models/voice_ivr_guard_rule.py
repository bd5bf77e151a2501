from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ivr_guard_rule_selected_channels_item import VoiceIvrGuardRuleSelectedChannelsItem
from ..models.voice_ivr_guard_rule_then_action import VoiceIvrGuardRuleThenAction
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
)

T = TypeVar("T", bound="VoiceIvrGuardRule")


@_attrs_define
class VoiceIvrGuardRule:
    """A guard rule as returned inside the agent's guard_rules list (shape reconstructed; response example truncated before
    this list).

    """

    uuid: UUID | Unset = UNSET
    """ Identifier of the guard (used as ruleUuid). """
    name: str | Unset = UNSET
    """ Optional short label of the guard. """
    when_condition: str | Unset = UNSET
    """ Plain-language description of the situation that triggers the guard. """
    example_phrases: list[str] | Unset = UNSET
    """ Sample caller utterances (3-5 recommended) that should trigger the guard. """
    then_action: VoiceIvrGuardRuleThenAction | Unset = UNSET
    """ What happens when the guard fires: transfer (forward) or close the conversation. """
    selected_channels: list[VoiceIvrGuardRuleSelectedChannelsItem] | Unset = UNSET
    """ Channels on which the guard is evaluated (phone only when omitted). """
    say_before_forwarding: str | Unset = UNSET
    """ Spoken before the transfer when then_action is forward. """
    say_before_end: str | Unset = UNSET
    """ Spoken before ending when then_action is end_conversation. """
    destination_type: str | Unset = UNSET
    """ Transfer target kind when forwarding (examples show 'extension'; 'agent' is also documented). """
    destination: str | Unset = UNSET
    """ Transfer target (e.g. an extension number) when forwarding. """
    destination_agent_uuid: Unset | UUID | None = UNSET
    """ Target agent when destination_type is agent. """
    is_active: bool | Unset = UNSET
    """ Inactive guards stay configured but never fire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

        name = self.name

        when_condition = self.when_condition

        example_phrases: list[str] | Unset = UNSET
        if not isinstance(self.example_phrases, Unset):
            example_phrases = self.example_phrases

        then_action: str | Unset = UNSET
        if not isinstance(self.then_action, Unset):
            then_action = getattr(self.then_action, "value", self.then_action)

        selected_channels: list[str] | Unset = UNSET
        if not isinstance(self.selected_channels, Unset):
            selected_channels = []
            for selected_channels_item_data in self.selected_channels:
                selected_channels_item = getattr(selected_channels_item_data, "value", selected_channels_item_data)
                selected_channels.append(selected_channels_item)

        say_before_forwarding = self.say_before_forwarding

        say_before_end = self.say_before_end

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

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if when_condition is not UNSET:
            field_dict["when_condition"] = when_condition
        if example_phrases is not UNSET:
            field_dict["example_phrases"] = example_phrases
        if then_action is not UNSET:
            field_dict["then_action"] = then_action
        if selected_channels is not UNSET:
            field_dict["selected_channels"] = selected_channels
        if say_before_forwarding is not UNSET:
            field_dict["say_before_forwarding"] = say_before_forwarding
        if say_before_end is not UNSET:
            field_dict["say_before_end"] = say_before_end
        if destination_type is not UNSET:
            field_dict["destination_type"] = destination_type
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_agent_uuid is not UNSET:
            field_dict["destination_agent_uuid"] = destination_agent_uuid
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "VoiceIvrGuardRule.uuid")
        elif uuid is None:
            uuid = unexpected_null("VoiceIvrGuardRule.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "VoiceIvrGuardRule.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("VoiceIvrGuardRule.name")

        when_condition = d.get("when_condition", UNSET)
        if when_condition is None:
            when_condition = unexpected_null("VoiceIvrGuardRule.when_condition")

        example_phrases = d.get("example_phrases", UNSET)
        if example_phrases is None:
            example_phrases = unexpected_null("VoiceIvrGuardRule.example_phrases")

        then_action = d.get("then_action", UNSET)
        if then_action.__class__ is str:
            then_action = _values_VoiceIvrGuardRuleThenAction.get(then_action) or enum_value(
                VoiceIvrGuardRuleThenAction, then_action, "VoiceIvrGuardRule.then_action"
            )
        elif then_action is None:
            then_action = unexpected_null("VoiceIvrGuardRule.then_action")
        elif then_action is not UNSET and then_action is not None:
            then_action = mismatch(then_action, "VoiceIvrGuardRule.then_action")

        selected_channels = d.get("selected_channels", UNSET)
        if selected_channels.__class__ is list:
            selected_channels = [
                _values_VoiceIvrGuardRuleSelectedChannelsItem.get(_i0)
                or enum_value(VoiceIvrGuardRuleSelectedChannelsItem, _i0, "VoiceIvrGuardRule.selected_channels")
                if _i0.__class__ is str
                else odd_item(_i0, "VoiceIvrGuardRule.selected_channels", False)
                for _i0 in selected_channels
            ]
        elif selected_channels is None:
            selected_channels = unexpected_null("VoiceIvrGuardRule.selected_channels")
        elif selected_channels is not UNSET and selected_channels is not None:
            selected_channels = mismatch(selected_channels, "VoiceIvrGuardRule.selected_channels")

        say_before_forwarding = d.get("say_before_forwarding", UNSET)
        if say_before_forwarding is None:
            say_before_forwarding = unexpected_null("VoiceIvrGuardRule.say_before_forwarding")

        say_before_end = d.get("say_before_end", UNSET)
        if say_before_end is None:
            say_before_end = unexpected_null("VoiceIvrGuardRule.say_before_end")

        destination_type = d.get("destination_type", UNSET)
        if destination_type is None:
            destination_type = unexpected_null("VoiceIvrGuardRule.destination_type")

        destination = d.get("destination", UNSET)
        if destination is None:
            destination = unexpected_null("VoiceIvrGuardRule.destination")

        destination_agent_uuid = d.get("destination_agent_uuid", UNSET)
        if destination_agent_uuid.__class__ is str:
            destination_agent_uuid = parse_uuid(destination_agent_uuid, "VoiceIvrGuardRule.destination_agent_uuid")
        elif destination_agent_uuid is not UNSET and destination_agent_uuid is not None:
            destination_agent_uuid = mismatch(destination_agent_uuid, "VoiceIvrGuardRule.destination_agent_uuid")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("VoiceIvrGuardRule.is_active")

        voice_ivr_guard_rule = new_instance(cls)
        voice_ivr_guard_rule.uuid = uuid
        voice_ivr_guard_rule.name = name
        voice_ivr_guard_rule.when_condition = when_condition
        voice_ivr_guard_rule.example_phrases = example_phrases
        voice_ivr_guard_rule.then_action = then_action
        voice_ivr_guard_rule.selected_channels = selected_channels
        voice_ivr_guard_rule.say_before_forwarding = say_before_forwarding
        voice_ivr_guard_rule.say_before_end = say_before_end
        voice_ivr_guard_rule.destination_type = destination_type
        voice_ivr_guard_rule.destination = destination
        voice_ivr_guard_rule.destination_agent_uuid = destination_agent_uuid
        voice_ivr_guard_rule.is_active = is_active
        voice_ivr_guard_rule.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return voice_ivr_guard_rule

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


_values_VoiceIvrGuardRuleThenAction = VoiceIvrGuardRuleThenAction._value2member_map_

_values_VoiceIvrGuardRuleSelectedChannelsItem = VoiceIvrGuardRuleSelectedChannelsItem._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "uuid",
        "name",
        "when_condition",
        "example_phrases",
        "then_action",
        "selected_channels",
        "say_before_forwarding",
        "say_before_end",
        "destination_type",
        "destination",
        "destination_agent_uuid",
        "is_active",
    )
)
