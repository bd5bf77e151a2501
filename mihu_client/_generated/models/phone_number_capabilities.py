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

T = TypeVar("T", bound="PhoneNumberCapabilities")


@_attrs_define
class PhoneNumberCapabilities:
    voice: bool | Unset = UNSET
    sms: bool | Unset = UNSET
    mms: bool | Unset = UNSET
    fax: bool | Unset = UNSET
    emergency: bool | Unset = UNSET
    local_calling: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice = self.voice

        sms = self.sms

        mms = self.mms

        fax = self.fax

        emergency = self.emergency

        local_calling = self.local_calling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice is not UNSET:
            field_dict["voice"] = voice
        if sms is not UNSET:
            field_dict["sms"] = sms
        if mms is not UNSET:
            field_dict["mms"] = mms
        if fax is not UNSET:
            field_dict["fax"] = fax
        if emergency is not UNSET:
            field_dict["emergency"] = emergency
        if local_calling is not UNSET:
            field_dict["local_calling"] = local_calling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        voice = d.get("voice", UNSET)
        if voice is None:
            voice = unexpected_null("PhoneNumberCapabilities.voice")

        sms = d.get("sms", UNSET)
        if sms is None:
            sms = unexpected_null("PhoneNumberCapabilities.sms")

        mms = d.get("mms", UNSET)
        if mms is None:
            mms = unexpected_null("PhoneNumberCapabilities.mms")

        fax = d.get("fax", UNSET)
        if fax is None:
            fax = unexpected_null("PhoneNumberCapabilities.fax")

        emergency = d.get("emergency", UNSET)
        if emergency is None:
            emergency = unexpected_null("PhoneNumberCapabilities.emergency")

        local_calling = d.get("local_calling", UNSET)
        if local_calling is None:
            local_calling = unexpected_null("PhoneNumberCapabilities.local_calling")

        phone_number_capabilities = new_instance(cls)
        phone_number_capabilities.voice = voice
        phone_number_capabilities.sms = sms
        phone_number_capabilities.mms = mms
        phone_number_capabilities.fax = fax
        phone_number_capabilities.emergency = emergency
        phone_number_capabilities.local_calling = local_calling
        phone_number_capabilities.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberCapabilities")
        )
        return phone_number_capabilities

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
        "voice",
        "sms",
        "mms",
        "fax",
        "emergency",
        "local_calling",
    )
)
