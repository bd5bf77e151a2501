from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ivr_guard_rule_input_selected_channels_item import VoiceIvrGuardRuleInputSelectedChannelsItem
from ..models.voice_ivr_guard_rule_input_then_action import VoiceIvrGuardRuleInputThenAction
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
        v_name = self.name

        v_when_condition = self.when_condition

        v_example_phrases: list[str] | Unset = UNSET
        if not isinstance(self.example_phrases, Unset):
            v_example_phrases = self.example_phrases

        v_then_action: str | Unset = UNSET
        if not isinstance(self.then_action, Unset):
            v_then_action = getattr(self.then_action, "value", self.then_action)

        v_selected_channels: list[str] | Unset = UNSET
        if not isinstance(self.selected_channels, Unset):
            if isinstance(self.selected_channels, list):
                v_selected_channels = []
                for v_selected_channels_item_data in self.selected_channels:
                    v_selected_channels_item = getattr(
                        v_selected_channels_item_data, "value", v_selected_channels_item_data
                    )
                    v_selected_channels.append(v_selected_channels_item)
            else:
                v_selected_channels = self.selected_channels

        v_say_before_forwarding = self.say_before_forwarding

        v_say_before_end = self.say_before_end

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

        v_is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_when_condition is not UNSET:
            field_dict["when_condition"] = v_when_condition
        if v_example_phrases is not UNSET:
            field_dict["example_phrases"] = v_example_phrases
        if v_then_action is not UNSET:
            field_dict["then_action"] = v_then_action
        if v_selected_channels is not UNSET:
            field_dict["selected_channels"] = v_selected_channels
        if v_say_before_forwarding is not UNSET:
            field_dict["say_before_forwarding"] = v_say_before_forwarding
        if v_say_before_end is not UNSET:
            field_dict["say_before_end"] = v_say_before_end
        if v_destination_type is not UNSET:
            field_dict["destination_type"] = v_destination_type
        if v_destination is not UNSET:
            field_dict["destination"] = v_destination
        if v_destination_agent_uuid is not UNSET:
            field_dict["destination_agent_uuid"] = v_destination_agent_uuid
        if v_is_active is not UNSET:
            field_dict["is_active"] = v_is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("VoiceIvrGuardRuleInput.name")

        v_when_condition = d.get("when_condition", UNSET)
        if v_when_condition is None:
            v_when_condition = unexpected_null("VoiceIvrGuardRuleInput.when_condition")

        v_example_phrases = d.get("example_phrases", UNSET)
        if v_example_phrases is None:
            v_example_phrases = unexpected_null("VoiceIvrGuardRuleInput.example_phrases")

        v_then_action = d.get("then_action", UNSET)
        if v_then_action.__class__ is str:
            v_then_action = _values_VoiceIvrGuardRuleInputThenAction.get(v_then_action) or enum_value(
                VoiceIvrGuardRuleInputThenAction, v_then_action, "VoiceIvrGuardRuleInput.then_action"
            )
        elif v_then_action is None:
            v_then_action = unexpected_null("VoiceIvrGuardRuleInput.then_action")
        elif v_then_action is not UNSET and v_then_action is not None:
            v_then_action = mismatch(v_then_action, "VoiceIvrGuardRuleInput.then_action")

        v_selected_channels = d.get("selected_channels", UNSET)
        if v_selected_channels.__class__ is list:
            v_selected_channels = [
                _values_VoiceIvrGuardRuleInputSelectedChannelsItem.get(_i0)
                or enum_value(
                    VoiceIvrGuardRuleInputSelectedChannelsItem, _i0, "VoiceIvrGuardRuleInput.selected_channels"
                )
                if _i0.__class__ is str
                else odd_item(_i0, "VoiceIvrGuardRuleInput.selected_channels", False)
                for _i0 in v_selected_channels
            ]
        elif v_selected_channels is None:
            v_selected_channels = unexpected_null("VoiceIvrGuardRuleInput.selected_channels")
        elif v_selected_channels is not UNSET and v_selected_channels is not None:
            v_selected_channels = mismatch(v_selected_channels, "VoiceIvrGuardRuleInput.selected_channels")

        v_say_before_forwarding = d.get("say_before_forwarding", UNSET)
        if v_say_before_forwarding is None:
            v_say_before_forwarding = unexpected_null("VoiceIvrGuardRuleInput.say_before_forwarding")

        v_say_before_end = d.get("say_before_end", UNSET)
        if v_say_before_end is None:
            v_say_before_end = unexpected_null("VoiceIvrGuardRuleInput.say_before_end")

        v_destination_type = d.get("destination_type", UNSET)
        if v_destination_type is None:
            v_destination_type = unexpected_null("VoiceIvrGuardRuleInput.destination_type")

        v_destination = d.get("destination", UNSET)
        if v_destination is None:
            v_destination = unexpected_null("VoiceIvrGuardRuleInput.destination")

        v_destination_agent_uuid = d.get("destination_agent_uuid", UNSET)
        if v_destination_agent_uuid.__class__ is str:
            v_destination_agent_uuid = parse_uuid(
                v_destination_agent_uuid, "VoiceIvrGuardRuleInput.destination_agent_uuid"
            )
        elif v_destination_agent_uuid is not UNSET and v_destination_agent_uuid is not None:
            v_destination_agent_uuid = mismatch(
                v_destination_agent_uuid, "VoiceIvrGuardRuleInput.destination_agent_uuid"
            )

        v_is_active = d.get("is_active", UNSET)
        if v_is_active is None:
            v_is_active = unexpected_null("VoiceIvrGuardRuleInput.is_active")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.when_condition = v_when_condition
        _instance.example_phrases = v_example_phrases
        _instance.then_action = v_then_action
        _instance.selected_channels = v_selected_channels
        _instance.say_before_forwarding = v_say_before_forwarding
        _instance.say_before_end = v_say_before_end
        _instance.destination_type = v_destination_type
        _instance.destination = v_destination
        _instance.destination_agent_uuid = v_destination_agent_uuid
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


_values_VoiceIvrGuardRuleInputThenAction = VoiceIvrGuardRuleInputThenAction._value2member_map_

_values_VoiceIvrGuardRuleInputSelectedChannelsItem = VoiceIvrGuardRuleInputSelectedChannelsItem._value2member_map_


_FIELD_NAMES: frozenset[str] = frozenset(
    (
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
