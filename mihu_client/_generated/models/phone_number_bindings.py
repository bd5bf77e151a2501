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
        v_call: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call, Unset):
            v_call = self.call.to_dict() if isinstance(self.call, PhoneNumberBinding) else self.call

        v_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            v_sms = self.sms.to_dict() if isinstance(self.sms, PhoneNumberBinding) else self.sms

        v_whatsapp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            v_whatsapp = self.whatsapp.to_dict() if isinstance(self.whatsapp, PhoneNumberBinding) else self.whatsapp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_call is not UNSET:
            field_dict["call"] = v_call
        if v_sms is not UNSET:
            field_dict["sms"] = v_sms
        if v_whatsapp is not UNSET:
            field_dict["whatsapp"] = v_whatsapp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_call = d.get("call", UNSET)
        if v_call.__class__ is dict:
            v_call = _from_dict_PhoneNumberBinding(v_call)
        elif v_call is None:
            v_call = unexpected_null("PhoneNumberBindings.call")
        elif v_call is not UNSET and v_call is not None:
            v_call = mismatch(v_call, "PhoneNumberBindings.call")

        v_sms = d.get("sms", UNSET)
        if v_sms.__class__ is dict:
            v_sms = _from_dict_PhoneNumberBinding(v_sms)
        elif v_sms is None:
            v_sms = unexpected_null("PhoneNumberBindings.sms")
        elif v_sms is not UNSET and v_sms is not None:
            v_sms = mismatch(v_sms, "PhoneNumberBindings.sms")

        v_whatsapp = d.get("whatsapp", UNSET)
        if v_whatsapp.__class__ is dict:
            v_whatsapp = _from_dict_PhoneNumberBinding(v_whatsapp)
        elif v_whatsapp is None:
            v_whatsapp = unexpected_null("PhoneNumberBindings.whatsapp")
        elif v_whatsapp is not UNSET and v_whatsapp is not None:
            v_whatsapp = mismatch(v_whatsapp, "PhoneNumberBindings.whatsapp")

        _instance = new_instance(cls)
        _instance.call = v_call
        _instance.sms = v_sms
        _instance.whatsapp = v_whatsapp
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberBindings")
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
        "call",
        "sms",
        "whatsapp",
    )
)

from ..models.phone_number_binding import PhoneNumberBinding

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict

_from_dict_PhoneNumberBinding = PhoneNumberBinding.from_dict
