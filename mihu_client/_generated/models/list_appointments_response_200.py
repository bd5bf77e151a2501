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
    from ..models.list_appointments_response_200_data_item import ListAppointmentsResponse200DataItem


T = TypeVar("T", bound="ListAppointmentsResponse200")


@_attrs_define
class ListAppointmentsResponse200:
    """The node reads data as a plain array of appointments (uuid, title, start_time are read)."""

    data: list[ListAppointmentsResponse200DataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            if isinstance(self.data, list):
                v_data = []
                for v_data_item_data in self.data:
                    v_data_item = (
                        v_data_item_data.to_dict()
                        if isinstance(v_data_item_data, ListAppointmentsResponse200DataItem)
                        else v_data_item_data
                    )
                    v_data.append(v_data_item)
            else:
                v_data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_data is not UNSET:
            field_dict["data"] = v_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_data = d.get("data", UNSET)
        if v_data.__class__ is list:
            v_data = [
                _from_dict_ListAppointmentsResponse200DataItem(_i0)
                if _i0.__class__ is dict
                else odd_item(_i0, "ListAppointmentsResponse200.data", False)
                for _i0 in v_data
            ]
        elif v_data is None:
            v_data = unexpected_null("ListAppointmentsResponse200.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "ListAppointmentsResponse200.data")

        _instance = new_instance(cls)
        _instance.data = v_data
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


_FIELD_NAMES: frozenset[str] = frozenset(("data",))

from ..models.list_appointments_response_200_data_item import ListAppointmentsResponse200DataItem

_from_dict_ListAppointmentsResponse200DataItem = ListAppointmentsResponse200DataItem.from_dict
