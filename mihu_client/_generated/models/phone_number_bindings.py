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
            call = self.call.to_dict() if hasattr(self.call, "to_dict") else self.call

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict() if hasattr(self.sms, "to_dict") else self.sms

        whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp.to_dict() if hasattr(self.whatsapp, "to_dict") else self.whatsapp

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
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        call = d.get("call", UNSET)
        if call.__class__ is dict:
            call = _from_dict_PhoneNumberBinding(call)
        elif call is None:
            call = unexpected_null("PhoneNumberBindings.call")
        elif call is not UNSET and call is not None:
            call = mismatch(call, "PhoneNumberBindings.call")

        sms = d.get("sms", UNSET)
        if sms.__class__ is dict:
            sms = _from_dict_PhoneNumberBinding(sms)
        elif sms is None:
            sms = unexpected_null("PhoneNumberBindings.sms")
        elif sms is not UNSET and sms is not None:
            sms = mismatch(sms, "PhoneNumberBindings.sms")

        whatsapp = d.get("whatsapp", UNSET)
        if whatsapp.__class__ is dict:
            whatsapp = _from_dict_PhoneNumberBinding(whatsapp)
        elif whatsapp is None:
            whatsapp = unexpected_null("PhoneNumberBindings.whatsapp")
        elif whatsapp is not UNSET and whatsapp is not None:
            whatsapp = mismatch(whatsapp, "PhoneNumberBindings.whatsapp")

        phone_number_bindings = new_instance(cls)
        phone_number_bindings.call = call
        phone_number_bindings.sms = sms
        phone_number_bindings.whatsapp = whatsapp
        phone_number_bindings.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBindings")
        )
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


_FIELD_NAMES = frozenset(
    (
        "call",
        "sms",
        "whatsapp",
    )
)

from ..models.phone_number_binding import PhoneNumberBinding

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict
