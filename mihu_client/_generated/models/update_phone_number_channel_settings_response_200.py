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
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="UpdatePhoneNumberChannelSettingsResponse200")


@_attrs_define
class UpdatePhoneNumberChannelSettingsResponse200:
    success: bool | Unset = UNSET
    data: PhoneNumber | Unset = UNSET
    """ A number in the workspace inventory (purchased or registered as an external trunk). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_success = self.success

        v_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            v_data = self.data.to_dict() if isinstance(self.data, PhoneNumber) else self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_success is not UNSET:
            field_dict["success"] = v_success
        if v_data is not UNSET:
            field_dict["data"] = v_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_success = d.get("success", UNSET)
        if v_success is None:
            v_success = unexpected_null("UpdatePhoneNumberChannelSettingsResponse200.success")

        v_data = d.get("data", UNSET)
        if v_data.__class__ is dict:
            v_data = _from_dict_PhoneNumber(v_data)
        elif v_data is None:
            v_data = unexpected_null("UpdatePhoneNumberChannelSettingsResponse200.data")
        elif v_data is not UNSET and v_data is not None:
            v_data = mismatch(v_data, "UpdatePhoneNumberChannelSettingsResponse200.data")

        _instance = new_instance(cls)
        _instance.success = v_success
        _instance.data = v_data
        _instance.additional_properties = (
            {}
            if _FIELD_NAMES.issuperset(d)
            else unknown_fields(d, _FIELD_NAMES, "UpdatePhoneNumberChannelSettingsResponse200")
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
        "data",
    )
)

from ..models.phone_number import PhoneNumber

_from_dict_PhoneNumber = PhoneNumber.from_dict
