from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_input_status import ContactInputStatus
from ..types import (
    UNSET,
    Unset,
    enum_value,
    mismatch,
    new_instance,
    unexpected_null,
)

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """Writable contact fields. Registered custom contact field keys may be sent as extra top-level string properties
    (unknown keys are rejected with 422; on update an empty string or null clears the value).

    """

    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    number_type: str | Unset | None = UNSET
    country_code: str | Unset = UNSET
    timezone: str | Unset = UNSET
    primary_language: str | Unset = UNSET
    preferred_contact_channel: str | Unset = UNSET
    preferred_contact_time: str | Unset = UNSET
    status: ContactInputStatus | Unset = UNSET
    additional_properties: dict[str, str | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_name = self.name

        v_surname = self.surname

        v_email = self.email

        v_phone_number = self.phone_number

        v_number_type: str | Unset | None
        if isinstance(self.number_type, Unset):
            v_number_type = UNSET
        else:
            v_number_type = self.number_type

        v_country_code = self.country_code

        v_timezone = self.timezone

        v_primary_language = self.primary_language

        v_preferred_contact_channel = self.preferred_contact_channel

        v_preferred_contact_time = self.preferred_contact_time

        v_status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            v_status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_surname is not UNSET:
            field_dict["surname"] = v_surname
        if v_email is not UNSET:
            field_dict["email"] = v_email
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_number_type is not UNSET:
            field_dict["number_type"] = v_number_type
        if v_country_code is not UNSET:
            field_dict["country_code"] = v_country_code
        if v_timezone is not UNSET:
            field_dict["timezone"] = v_timezone
        if v_primary_language is not UNSET:
            field_dict["primary_language"] = v_primary_language
        if v_preferred_contact_channel is not UNSET:
            field_dict["preferred_contact_channel"] = v_preferred_contact_channel
        if v_preferred_contact_time is not UNSET:
            field_dict["preferred_contact_time"] = v_preferred_contact_time
        if v_status is not UNSET:
            field_dict["status"] = v_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("ContactInput.name")

        v_surname = d.get("surname", UNSET)
        if v_surname is None:
            v_surname = unexpected_null("ContactInput.surname")

        v_email = d.get("email", UNSET)
        if v_email is None:
            v_email = unexpected_null("ContactInput.email")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("ContactInput.phone_number")

        v_number_type = d.get("number_type", UNSET)

        v_country_code = d.get("country_code", UNSET)
        if v_country_code is None:
            v_country_code = unexpected_null("ContactInput.country_code")

        v_timezone = d.get("timezone", UNSET)
        if v_timezone is None:
            v_timezone = unexpected_null("ContactInput.timezone")

        v_primary_language = d.get("primary_language", UNSET)
        if v_primary_language is None:
            v_primary_language = unexpected_null("ContactInput.primary_language")

        v_preferred_contact_channel = d.get("preferred_contact_channel", UNSET)
        if v_preferred_contact_channel is None:
            v_preferred_contact_channel = unexpected_null("ContactInput.preferred_contact_channel")

        v_preferred_contact_time = d.get("preferred_contact_time", UNSET)
        if v_preferred_contact_time is None:
            v_preferred_contact_time = unexpected_null("ContactInput.preferred_contact_time")

        v_status = d.get("status", UNSET)
        if v_status.__class__ is str:
            v_status = _values_ContactInputStatus.get(v_status) or enum_value(
                ContactInputStatus, v_status, "ContactInput.status"
            )
        elif v_status is None:
            v_status = unexpected_null("ContactInput.status")
        elif v_status is not UNSET and v_status is not None:
            v_status = mismatch(v_status, "ContactInput.status")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.surname = v_surname
        _instance.email = v_email
        _instance.phone_number = v_phone_number
        _instance.number_type = v_number_type
        _instance.country_code = v_country_code
        _instance.timezone = v_timezone
        _instance.primary_language = v_primary_language
        _instance.preferred_contact_channel = v_preferred_contact_channel
        _instance.preferred_contact_time = v_preferred_contact_time
        _instance.status = v_status
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_values_ContactInputStatus = ContactInputStatus._value2member_map_

_FIELD_NAMES: frozenset[str] = frozenset(
    (
        "name",
        "surname",
        "email",
        "phone_number",
        "number_type",
        "country_code",
        "timezone",
        "primary_language",
        "preferred_contact_channel",
        "preferred_contact_time",
        "status",
    )
)
