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
    from ..models.delete_pool_response_200_data import DeletePoolResponse200Data


T = TypeVar("T", bound="DeletePoolResponse200")


@_attrs_define
class DeletePoolResponse200:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    data: DeletePoolResponse200Data | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_success = self.success

        v_message = self.message

        v_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            v_data = self.data.to_dict() if isinstance(self.data, DeletePoolResponse200Data) else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_success is not UNSET:
            field_dict["success"] = v_success
        if v_message is not UNSET:
            field_dict["message"] = v_message
        if v_data is not UNSET:
            field_dict["data"] = v_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_success = d.get("success", UNSET)
        if v_success is None:
            v_success = unexpected_null("DeletePoolResponse200.success")

        v_message = d.get("message", UNSET)
        if v_message is None:
            v_message = unexpected_null("DeletePoolResponse200.message")

        v_data = d.get("data", UNSET)
        if v_data.__class__ is dict:
            v_data = _from_dict_DeletePoolResponse200Data(v_data)
        elif v_data is None:
            v_data = unexpected_null("DeletePoolResponse200.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "DeletePoolResponse200.data")

        _instance = new_instance(cls)
        _instance.success = v_success
        _instance.message = v_message
        _instance.data = v_data
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "DeletePoolResponse200")
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
        "success",
        "message",
        "data",
    )
)

from ..models.delete_pool_response_200_data import DeletePoolResponse200Data

_from_dict_DeletePoolResponse200Data = DeletePoolResponse200Data.from_dict
