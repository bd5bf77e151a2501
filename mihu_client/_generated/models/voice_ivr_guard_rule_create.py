from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ivr_guard_rule_create_selected_channels_item import VoiceIvrGuardRuleCreateSelectedChannelsItem
from ..models.voice_ivr_guard_rule_create_then_action import VoiceIvrGuardRuleCreateThenAction
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    missing,
    new_instance,
    odd_item,
    parse_uuid,
    unexpected_null,
)

T = TypeVar("T", bound="VoiceIvrGuardRuleCreate")


@_attrs_define
class VoiceIvrGuardRuleCreate:
    """Guard rule payload for creation / full replacement; when_condition and then_action are mandatory."""

    when_condition: str
    """ Plain-language description of the situation that triggers the guard. """
    then_action: VoiceIvrGuardRuleCreateThenAction
    """ What happens when the guard fires: transfer (forward) or close the conversation. """
    name: str | Unset = UNSET
    """ Optional short label of the guard. """
    example_phrases: list[str] | Unset = UNSET
    """ Sample caller utterances (3-5 recommended) that should trigger the guard. """
    selected_channels: list[VoiceIvrGuardRuleCreateSelectedChannelsItem] | Unset = UNSET
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
        when_condition = self.when_condition

        then_action = getattr(self.then_action, "value", self.then_action)

        name = self.name

        example_phrases: list[str] | Unset = UNSET
        if not isinstance(self.example_phrases, Unset):
            example_phrases = self.example_phrases

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
        field_dict.update(
            {
                "when_condition": when_condition,
                "then_action": then_action,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if example_phrases is not UNSET:
            field_dict["example_phrases"] = example_phrases
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
        when_condition = d.get("when_condition", UNSET)
        if when_condition is UNSET:
            when_condition = missing("VoiceIvrGuardRuleCreate.when_condition")
        if when_condition is None:
            when_condition = unexpected_null("VoiceIvrGuardRuleCreate.when_condition")

        then_action = d.get("then_action", UNSET)
        if then_action.__class__ is str:
            then_action = _values_VoiceIvrGuardRuleCreateThenAction.get(then_action) or enum_value(
                VoiceIvrGuardRuleCreateThenAction, then_action, "VoiceIvrGuardRuleCreate.then_action"
            )
        elif then_action is UNSET:
            then_action = missing("VoiceIvrGuardRuleCreate.then_action")
        elif then_action is None:
            then_action = unexpected_null("VoiceIvrGuardRuleCreate.then_action")
        elif then_action is not UNSET and then_action is not None:
            then_action = mismatch(then_action, "VoiceIvrGuardRuleCreate.then_action")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("VoiceIvrGuardRuleCreate.name")

        example_phrases = d.get("example_phrases", UNSET)
        if example_phrases is None:
            example_phrases = unexpected_null("VoiceIvrGuardRuleCreate.example_phrases")

        selected_channels = d.get("selected_channels", UNSET)
        if selected_channels.__class__ is list:
            selected_channels = [
                _values_VoiceIvrGuardRuleCreateSelectedChannelsItem.get(_i0)
                or enum_value(
                    VoiceIvrGuardRuleCreateSelectedChannelsItem, _i0, "VoiceIvrGuardRuleCreate.selected_channels"
                )
                if _i0.__class__ is str
                else odd_item(_i0, "VoiceIvrGuardRuleCreate.selected_channels", False)
                for _i0 in selected_channels
            ]
        elif selected_channels is None:
            selected_channels = unexpected_null("VoiceIvrGuardRuleCreate.selected_channels")
        elif selected_channels is not UNSET and selected_channels is not None:
            selected_channels = mismatch(selected_channels, "VoiceIvrGuardRuleCreate.selected_channels")

        say_before_forwarding = d.get("say_before_forwarding", UNSET)
        if say_before_forwarding is None:
            say_before_forwarding = unexpected_null("VoiceIvrGuardRuleCreate.say_before_forwarding")

        say_before_end = d.get("say_before_end", UNSET)
        if say_before_end is None:
            say_before_end = unexpected_null("VoiceIvrGuardRuleCreate.say_before_end")

        destination_type = d.get("destination_type", UNSET)
        if destination_type is None:
            destination_type = unexpected_null("VoiceIvrGuardRuleCreate.destination_type")

        destination = d.get("destination", UNSET)
        if destination is None:
            destination = unexpected_null("VoiceIvrGuardRuleCreate.destination")

        destination_agent_uuid = d.get("destination_agent_uuid", UNSET)
        if destination_agent_uuid.__class__ is str:
            destination_agent_uuid = parse_uuid(
                destination_agent_uuid, "VoiceIvrGuardRuleCreate.destination_agent_uuid"
            )
        elif destination_agent_uuid is not UNSET and destination_agent_uuid is not None:
            destination_agent_uuid = mismatch(destination_agent_uuid, "VoiceIvrGuardRuleCreate.destination_agent_uuid")

        is_active = d.get("is_active", UNSET)
        if is_active is None:
            is_active = unexpected_null("VoiceIvrGuardRuleCreate.is_active")

        voice_ivr_guard_rule_create = new_instance(cls)
        voice_ivr_guard_rule_create.when_condition = when_condition
        voice_ivr_guard_rule_create.then_action = then_action
        voice_ivr_guard_rule_create.name = name
        voice_ivr_guard_rule_create.example_phrases = example_phrases
        voice_ivr_guard_rule_create.selected_channels = selected_channels
        voice_ivr_guard_rule_create.say_before_forwarding = say_before_forwarding
        voice_ivr_guard_rule_create.say_before_end = say_before_end
        voice_ivr_guard_rule_create.destination_type = destination_type
        voice_ivr_guard_rule_create.destination = destination
        voice_ivr_guard_rule_create.destination_agent_uuid = destination_agent_uuid
        voice_ivr_guard_rule_create.is_active = is_active
        voice_ivr_guard_rule_create.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return voice_ivr_guard_rule_create

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


_values_VoiceIvrGuardRuleCreateThenAction = VoiceIvrGuardRuleCreateThenAction._value2member_map_


_values_VoiceIvrGuardRuleCreateSelectedChannelsItem = VoiceIvrGuardRuleCreateSelectedChannelsItem._value2member_map_


_FIELD_NAMES = frozenset(
    (
        "when_condition",
        "then_action",
        "name",
        "example_phrases",
        "selected_channels",
        "say_before_forwarding",
        "say_before_end",
        "destination_type",
        "destination",
        "destination_agent_uuid",
        "is_active",
    )
)
