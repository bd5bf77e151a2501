from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_binding import PhoneNumberBinding


T = TypeVar("T", bound="PhoneNumberBindings")


@_attrs_define
class PhoneNumberBindings:
    call: PhoneNumberBinding | Unset = UNSET
    """ Which agent (if any) is wired to the number on one channel. """
    sms: PhoneNumberBinding | Unset = UNSET
    """ Which agent (if any) is wired to the number on one channel. """
    whatsapp: PhoneNumberBinding | Unset = UNSET
    """ Which agent (if any) is wired to the number on one channel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call is not UNSET:
            field_dict["call"] = call
        if sms is not UNSET:
            field_dict["sms"] = sms
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_binding import PhoneNumberBinding

        d = dict(src_dict)
        _call = d.pop("call", UNSET)
        call: PhoneNumberBinding | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = PhoneNumberBinding.from_dict(_call)

        _sms = d.pop("sms", UNSET)
        sms: PhoneNumberBinding | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = PhoneNumberBinding.from_dict(_sms)

        _whatsapp = d.pop("whatsapp", UNSET)
        whatsapp: PhoneNumberBinding | Unset
        if isinstance(_whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = PhoneNumberBinding.from_dict(_whatsapp)

        phone_number_bindings = cls(
            call=call,
            sms=sms,
            whatsapp=whatsapp,
        )

        phone_number_bindings.additional_properties = d
        return phone_number_bindings

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
