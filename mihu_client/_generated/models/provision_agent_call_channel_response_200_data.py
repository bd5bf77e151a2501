from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    mismatch,
    new_instance,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.agent import Agent


T = TypeVar("T", bound="ProvisionAgentCallChannelResponse200Data")


@_attrs_define
class ProvisionAgentCallChannelResponse200Data:
    """Provisioning result; keys after agent are not visible in the stored excerpt."""

    agent: Agent | Unset = UNSET
    """ A configured AI agent. The stored response examples are cut off after the training array, so further fields
    may exist. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict() if hasattr(self.agent, "to_dict") else self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        agent = d.get("agent", UNSET)
        if agent.__class__ is dict:
            agent = _from_dict_Agent(agent)
        elif agent is None:
            agent = unexpected_null("ProvisionAgentCallChannelResponse200Data.agent")
        elif agent is not UNSET and agent is not None:
            agent = mismatch(agent, "ProvisionAgentCallChannelResponse200Data.agent")

        provision_agent_call_channel_response_200_data = new_instance(cls)
        provision_agent_call_channel_response_200_data.agent = agent
        provision_agent_call_channel_response_200_data.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return provision_agent_call_channel_response_200_data

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


_FIELD_NAMES = frozenset(("agent",))

from ..models.agent import Agent

_from_dict_Agent = Agent.from_dict
