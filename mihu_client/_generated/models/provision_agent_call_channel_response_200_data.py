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
        v_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            v_agent = self.agent.to_dict() if isinstance(self.agent, Agent) else self.agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_agent is not UNSET:
            field_dict["agent"] = v_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_agent = d.get("agent", UNSET)
        if v_agent.__class__ is dict:
            v_agent = _from_dict_Agent(v_agent)
        elif v_agent is None:
            v_agent = unexpected_null("ProvisionAgentCallChannelResponse200Data.agent")
        elif v_agent is not UNSET and v_agent is not None:
            v_agent = mismatch(v_agent, "ProvisionAgentCallChannelResponse200Data.agent")

        _instance = new_instance(cls)
        _instance.agent = v_agent
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


_FIELD_NAMES: frozenset[str] = frozenset(("agent",))

from ..models.agent import Agent

_from_dict_Agent = Agent.from_dict
