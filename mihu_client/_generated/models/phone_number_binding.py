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
        v_bound = self.bound

        v_agent_uuid: str | Unset | None
        if isinstance(self.agent_uuid, Unset):
            v_agent_uuid = UNSET
        else:
            v_agent_uuid = self.agent_uuid

        v_agent_name: str | Unset | None
        if isinstance(self.agent_name, Unset):
            v_agent_name = UNSET
        else:
            v_agent_name = self.agent_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_bound is not UNSET:
            field_dict["bound"] = v_bound
        if v_agent_uuid is not UNSET:
            field_dict["agent_uuid"] = v_agent_uuid
        if v_agent_name is not UNSET:
            field_dict["agent_name"] = v_agent_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_bound = d.get("bound", UNSET)
        if v_bound is None:
            v_bound = unexpected_null("PhoneNumberBinding.bound")

        v_agent_uuid = d.get("agent_uuid", UNSET)

        v_agent_name = d.get("agent_name", UNSET)

        _instance = new_instance(cls)
        _instance.bound = v_bound
        _instance.agent_uuid = v_agent_uuid
        _instance.agent_name = v_agent_name
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBinding")
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
        "bound",
        "agent_uuid",
        "agent_name",
    )
)
