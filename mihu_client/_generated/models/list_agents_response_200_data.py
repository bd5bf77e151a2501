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
    odd_item,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.agent import Agent


T = TypeVar("T", bound="ListAgentsResponse200Data")


@_attrs_define
class ListAgentsResponse200Data:
    """Page of agents. Pagination keys after items are not visible in the stored excerpt."""

    items: list[Agent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if isinstance(self.items, list):
                v_items = []
                for v_items_item_data in self.items:
                    v_items_item = (
                        v_items_item_data.to_dict() if isinstance(v_items_item_data, Agent) else v_items_item_data
                    )
                    v_items.append(v_items_item)
            else:
                v_items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_items is not UNSET:
            field_dict["items"] = v_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_items = d.get("items", UNSET)
        if v_items.__class__ is list:
            v_items = [
                _from_dict_Agent(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ListAgentsResponse200Data.items", False)
                for _i0 in v_items
            ]
        elif v_items is None:
            v_items = unexpected_null("ListAgentsResponse200Data.items")
        elif v_items is not UNSET and v_items is not None:
            v_items = mismatch(v_items, "ListAgentsResponse200Data.items")

        _instance = new_instance(cls)
        _instance.items = v_items
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


_FIELD_NAMES: frozenset[str] = frozenset(("items",))

from ..models.agent import Agent

_from_dict_Agent = Agent.from_dict
