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
        agent_id = str(self.agent_id) if isinstance(self.agent_id, UUID) else self.agent_id

        prompt = self.prompt.to_dict() if hasattr(self.prompt, "to_dict") else self.prompt

        participant = self.participant.to_dict() if hasattr(self.participant, "to_dict") else self.participant

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict() if hasattr(self.message, "to_dict") else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "prompt": prompt,
                "participant": participant,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent_id = d.get("agentId", UNSET)
        if agent_id.__class__ is str:
            agent_id = parse_uuid(agent_id, "CallInitiateRequest.agentId")
        elif agent_id is UNSET:
            agent_id = missing("CallInitiateRequest.agentId")
        elif agent_id is None:
            agent_id = unexpected_null("CallInitiateRequest.agentId")
        elif agent_id is not UNSET and agent_id is not None:
            agent_id = mismatch(agent_id, "CallInitiateRequest.agentId")

        prompt = d.get("prompt", UNSET)
        if prompt.__class__ is dict:
            prompt = _from_dict_CallPrompt(prompt)
        elif prompt is UNSET:
            prompt = missing("CallInitiateRequest.prompt")
        elif prompt is None:
            prompt = unexpected_null("CallInitiateRequest.prompt")
        elif prompt is not UNSET and prompt is not None:
            prompt = mismatch(prompt, "CallInitiateRequest.prompt")

        participant = d.get("participant", UNSET)
        if participant.__class__ is dict:
            participant = _from_dict_CallParticipant(participant)
        elif participant is UNSET:
            participant = missing("CallInitiateRequest.participant")
        elif participant is None:
            participant = unexpected_null("CallInitiateRequest.participant")
        elif participant is not UNSET and participant is not None:
            participant = mismatch(participant, "CallInitiateRequest.participant")

        message = d.get("message", UNSET)
        if message.__class__ is dict:
            message = _from_dict_CallGreeting(message)
        elif message is None:
            message = unexpected_null("CallInitiateRequest.message")
        elif message is not UNSET and message is not None:
            message = mismatch(message, "CallInitiateRequest.message")

        call_initiate_request = new_instance(cls)
        call_initiate_request.agent_id = agent_id
        call_initiate_request.prompt = prompt
        call_initiate_request.participant = participant
        call_initiate_request.message = message
        call_initiate_request.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "CallInitiateRequest")
        )
        return call_initiate_request

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
