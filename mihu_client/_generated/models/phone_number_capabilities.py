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
        v_voice = self.voice

        v_sms = self.sms

        v_mms = self.mms

        v_fax = self.fax

        v_emergency = self.emergency

        v_local_calling = self.local_calling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_voice is not UNSET:
            field_dict["voice"] = v_voice
        if v_sms is not UNSET:
            field_dict["sms"] = v_sms
        if v_mms is not UNSET:
            field_dict["mms"] = v_mms
        if v_fax is not UNSET:
            field_dict["fax"] = v_fax
        if v_emergency is not UNSET:
            field_dict["emergency"] = v_emergency
        if v_local_calling is not UNSET:
            field_dict["local_calling"] = v_local_calling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_voice = d.get("voice", UNSET)
        if v_voice is None:
            v_voice = unexpected_null("PhoneNumberCapabilities.voice")

        v_sms = d.get("sms", UNSET)
        if v_sms is None:
            v_sms = unexpected_null("PhoneNumberCapabilities.sms")

        v_mms = d.get("mms", UNSET)
        if v_mms is None:
            v_mms = unexpected_null("PhoneNumberCapabilities.mms")

        v_fax = d.get("fax", UNSET)
        if v_fax is None:
            v_fax = unexpected_null("PhoneNumberCapabilities.fax")

        v_emergency = d.get("emergency", UNSET)
        if v_emergency is None:
            v_emergency = unexpected_null("PhoneNumberCapabilities.emergency")

        v_local_calling = d.get("local_calling", UNSET)
        if v_local_calling is None:
            v_local_calling = unexpected_null("PhoneNumberCapabilities.local_calling")

        _instance = new_instance(cls)
        _instance.voice = v_voice
        _instance.sms = v_sms
        _instance.mms = v_mms
        _instance.fax = v_fax
        _instance.emergency = v_emergency
        _instance.local_calling = v_local_calling
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "PhoneNumberCapabilities")
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
        "voice",
        "sms",
        "mms",
        "fax",
        "emergency",
        "local_calling",
    )
)
