from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ivr_guard_rule_input_selected_channels_item import VoiceIvrGuardRuleInputSelectedChannelsItem
from ..models.voice_ivr_guard_rule_input_then_action import VoiceIvrGuardRuleInputThenAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceIvrGuardRuleInput")


@_attrs_define
class VoiceIvrGuardRuleInput:
    """Writable fields of a situation-driven guard rule (all optional; used for partial updates)."""

    name: str | Unset = UNSET
    """ Optional short label of the guard. """
    when_condition: str | Unset = UNSET
    """ Plain-language description of the situation that triggers the guard. """
    example_phrases: list[str] | Unset = UNSET
    """ Sample caller utterances (3-5 recommended) that should trigger the guard. """
    then_action: VoiceIvrGuardRuleInputThenAction | Unset = UNSET
    """ What happens when the guard fires: transfer (forward) or close the conversation. """
    selected_channels: list[VoiceIvrGuardRuleInputSelectedChannelsItem] | Unset = UNSET
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
        name = self.name

        when_condition = self.when_condition

        example_phrases: list[str] | Unset = UNSET
        if not isinstance(self.example_phrases, Unset):
            example_phrases = self.example_phrases

        then_action: str | Unset = UNSET
        if not isinstance(self.then_action, Unset):
            then_action = self.then_action.value

        selected_channels: list[str] | Unset = UNSET
        if not isinstance(self.selected_channels, Unset):
            selected_channels = []
            for selected_channels_item_data in self.selected_channels:
                selected_channels_item = selected_channels_item_data.value
                selected_channels.append(selected_channels_item)

        say_before_forwarding = self.say_before_forwarding

        say_before_end = self.say_before_end

        destination_type = self.destination_type

        destination = self.destination

        destination_agent_uuid: str | Unset | None
        if isinstance(self.destination_agent_uuid, Unset):
            destination_agent_uuid = UNSET
        elif isinstance(self.destination_agent_uuid, UUID):
            destination_agent_uuid = str(self.destination_agent_uuid)
        else:
            destination_agent_uuid = self.destination_agent_uuid

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        when_condition = d.pop("when_condition", UNSET)

        example_phrases = cast(list[str], d.pop("example_phrases", UNSET))

        _then_action = d.pop("then_action", UNSET)
        then_action: VoiceIvrGuardRuleInputThenAction | Unset
        if isinstance(_then_action, Unset):
            then_action = UNSET
        else:
            then_action = VoiceIvrGuardRuleInputThenAction(_then_action)

        _selected_channels = d.pop("selected_channels", UNSET)
        selected_channels: list[VoiceIvrGuardRuleInputSelectedChannelsItem] | Unset = UNSET
        if _selected_channels is not UNSET:
            selected_channels = []
            for selected_channels_item_data in _selected_channels:
                selected_channels_item = VoiceIvrGuardRuleInputSelectedChannelsItem(selected_channels_item_data)

                selected_channels.append(selected_channels_item)

        say_before_forwarding = d.pop("say_before_forwarding", UNSET)

        say_before_end = d.pop("say_before_end", UNSET)

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

        is_active = d.pop("is_active", UNSET)

        voice_ivr_guard_rule_input = cls(
            name=name,
            when_condition=when_condition,
            example_phrases=example_phrases,
            then_action=then_action,
            selected_channels=selected_channels,
            say_before_forwarding=say_before_forwarding,
            say_before_end=say_before_end,
            destination_type=destination_type,
            destination=destination,
            destination_agent_uuid=destination_agent_uuid,
            is_active=is_active,
        )

        voice_ivr_guard_rule_input.additional_properties = d
        return voice_ivr_guard_rule_input

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
