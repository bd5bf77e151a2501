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
    unknown_fields,
)

if TYPE_CHECKING:
    from ..models.voice_ivr_agent import VoiceIvrAgent


T = TypeVar("T", bound="DeleteGuardRuleResponse200")


@_attrs_define
class DeleteGuardRuleResponse200:
    data: VoiceIvrAgent | Unset = UNSET
    """ Full agent document returned by the routing/guard rule endpoints. Only the first part of the documented
    example was readable (up to 'training'); later keys (routing_rules, guard_rules and possibly others) are
    modelled from the page descriptions. Same shape as the Agents tag's agent object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict() if hasattr(self.data, "to_dict") else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        data = d.get("data", UNSET)
        if data.__class__ is dict:
            data = _from_dict_VoiceIvrAgent(data)
        elif data is None:
            data = unexpected_null("DeleteGuardRuleResponse200.data")
        elif data is not UNSET and data is not None:
            data = mismatch(data, "DeleteGuardRuleResponse200.data")

        delete_guard_rule_response_200 = new_instance(cls)
        delete_guard_rule_response_200.data = data
        delete_guard_rule_response_200.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "DeleteGuardRuleResponse200")
        )
        return delete_guard_rule_response_200

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


_FIELD_NAMES = frozenset(("data",))

from ..models.voice_ivr_agent import VoiceIvrAgent

_from_dict_VoiceIvrAgent = VoiceIvrAgent.from_dict
