from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    new_instance,
    unexpected_null,
    unknown_fields,
)

T = TypeVar("T", bound="PhoneNumberBinding")


@_attrs_define
class PhoneNumberBinding:
    """Which agent (if any) is wired to the number on one channel."""

    bound: bool | Unset = UNSET
    agent_uuid: str | Unset | None = UNSET
    agent_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bound = self.bound

        agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            agent_uuid = UNSET
        else:
            agent_uuid = self.agent_uuid

        agent_name: str | Unset | None
        if isinstance(self.agent_name, Unset):
            agent_name = UNSET
        else:
            agent_name = self.agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bound is not UNSET:
            field_dict["bound"] = bound
        if agent_uuid is not UNSET:
            field_dict["agent_uuid"] = agent_uuid
        if agent_name is not UNSET:
            field_dict["agent_name"] = agent_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        bound = d.get("bound", UNSET)
        if bound is None:
            bound = unexpected_null("PhoneNumberBinding.bound")

        agent_uuid = d.get("agent_uuid", UNSET)

        agent_name = d.get("agent_name", UNSET)

        phone_number_binding = new_instance(cls)
        phone_number_binding.bound = bound
        phone_number_binding.agent_uuid = agent_uuid
        phone_number_binding.agent_name = agent_name
        phone_number_binding.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBinding")
        )
        return phone_number_binding

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
        "bound",
        "agent_uuid",
        "agent_name",
    )
)
