from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        agent_id = str(self.agent_id)

        prompt = self.prompt.to_dict()

        participant = self.participant.to_dict()

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

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
        from ..models.call_greeting import CallGreeting
        from ..models.call_participant import CallParticipant
        from ..models.call_prompt import CallPrompt

        d = dict(src_dict)
        agent_id = UUID(d.pop("agentId"))

        prompt = CallPrompt.from_dict(d.pop("prompt"))

        participant = CallParticipant.from_dict(d.pop("participant"))

        _message = d.pop("message", UNSET)
        message: CallGreeting | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = CallGreeting.from_dict(_message)

        call_initiate_request = cls(
            agent_id=agent_id,
            prompt=prompt,
            participant=participant,
            message=message,
        )

        call_initiate_request.additional_properties = d
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
