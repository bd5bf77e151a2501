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
    missing,
    new_instance,
    parse_uuid,
    unexpected_null,
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.call_greeting import CallGreeting
    from ..models.call_participant import CallParticipant
    from ..models.call_prompt import CallPrompt


T = TypeVar("T", bound="CallInitiateRequest")


@_attrs_define
class CallInitiateRequest:
    agent_id: UUID
    """ Agent that places the call; unknown agents give 404. """
    prompt: CallPrompt
    participant: CallParticipant
    message: CallGreeting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_agent_id = str(self.agent_id) if isinstance(self.agent_id, UUID) else self.agent_id

        v_prompt = self.prompt.to_dict() if isinstance(self.prompt, CallPrompt) else self.prompt

        v_participant = (
            self.participant.to_dict() if isinstance(self.participant, CallParticipant) else self.participant
        )

        v_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            v_message = self.message.to_dict() if isinstance(self.message, CallGreeting) else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(v_agent_id, Unset):
            field_dict["agentId"] = v_agent_id
        if not isinstance(v_prompt, Unset):
            field_dict["prompt"] = v_prompt
        if not isinstance(v_participant, Unset):
            field_dict["participant"] = v_participant
        if v_message is not UNSET:
            field_dict["message"] = v_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent_id = d.get("agentId", UNSET)
        if v_agent_id.__class__ is str:
            v_agent_id = parse_uuid(v_agent_id, "CallInitiateRequest.agentId")
        elif v_agent_id is UNSET:
            v_agent_id = missing("CallInitiateRequest.agentId")
        elif v_agent_id is None:
            v_agent_id = unexpected_null("CallInitiateRequest.agentId")
        elif v_agent_id is not UNSET and v_agent_id is not None:
            v_agent_id = mismatch(v_agent_id, "CallInitiateRequest.agentId")

        v_prompt = d.get("prompt", UNSET)
        if v_prompt.__class__ is dict:
            v_prompt = _from_dict_CallPrompt(v_prompt)
        elif v_prompt is UNSET:
            v_prompt = missing("CallInitiateRequest.prompt")
        elif v_prompt is None:
            v_prompt = unexpected_null("CallInitiateRequest.prompt")
        elif v_prompt is not UNSET and v_prompt is not None:
            v_prompt = mismatch(v_prompt, "CallInitiateRequest.prompt")

        v_participant = d.get("participant", UNSET)
        if v_participant.__class__ is dict:
            v_participant = _from_dict_CallParticipant(v_participant)
        elif v_participant is UNSET:
            v_participant = missing("CallInitiateRequest.participant")
        elif v_participant is None:
            v_participant = unexpected_null("CallInitiateRequest.participant")
        elif v_participant is not UNSET and v_participant is not None:
            v_participant = mismatch(v_participant, "CallInitiateRequest.participant")

        v_message = d.get("message", UNSET)
        if v_message.__class__ is dict:
            v_message = _from_dict_CallGreeting(v_message)
        elif v_message is None:
            v_message = unexpected_null("CallInitiateRequest.message")
        elif v_message is not UNSET and v_message is not None:
            v_message = mismatch(v_message, "CallInitiateRequest.message")

        _instance = new_instance(cls)
        _instance.agent_id = v_agent_id
        _instance.prompt = v_prompt
        _instance.participant = v_participant
        _instance.message = v_message
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallInitiateRequest")
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


_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "agentId",
        "prompt",
        "participant",
        "message",
    )
)

from ..models.call_greeting import CallGreeting
from ..models.call_participant import CallParticipant
from ..models.call_prompt import CallPrompt

_from_dict_CallPrompt = CallPrompt.from_dict

_from_dict_CallParticipant = CallParticipant.from_dict

_from_dict_CallGreeting = CallGreeting.from_dict
