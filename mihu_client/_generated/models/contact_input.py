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
        name = self.name

        surname = self.surname

        email = self.email

        phone_number = self.phone_number

        number_type: str | Unset | None
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        else:
            number_type = self.number_type

        country_code = self.country_code

        timezone = self.timezone

        primary_language = self.primary_language

        preferred_contact_channel = self.preferred_contact_channel

        preferred_contact_time = self.preferred_contact_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = getattr(self.status, "value", self.status)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if number_type is not UNSET:
            field_dict["number_type"] = number_type
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if preferred_contact_channel is not UNSET:
            field_dict["preferred_contact_channel"] = preferred_contact_channel
        if preferred_contact_time is not UNSET:
            field_dict["preferred_contact_time"] = preferred_contact_time
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("ContactInput.name")

        surname = d.get("surname", UNSET)
        if surname is None:
            surname = unexpected_null("ContactInput.surname")

        email = d.get("email", UNSET)
        if email is None:
            email = unexpected_null("ContactInput.email")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("ContactInput.phone_number")

        number_type = d.get("number_type", UNSET)

        country_code = d.get("country_code", UNSET)
        if country_code is None:
            country_code = unexpected_null("ContactInput.country_code")

        timezone = d.get("timezone", UNSET)
        if timezone is None:
            timezone = unexpected_null("ContactInput.timezone")

        primary_language = d.get("primary_language", UNSET)
        if primary_language is None:
            primary_language = unexpected_null("ContactInput.primary_language")

        preferred_contact_channel = d.get("preferred_contact_channel", UNSET)
        if preferred_contact_channel is None:
            preferred_contact_channel = unexpected_null("ContactInput.preferred_contact_channel")

        preferred_contact_time = d.get("preferred_contact_time", UNSET)
        if preferred_contact_time is None:
            preferred_contact_time = unexpected_null("ContactInput.preferred_contact_time")

        status = d.get("status", UNSET)
        if status.__class__ is str:
            status = _values_ContactInputStatus.get(status) or enum_value(
                ContactInputStatus, status, "ContactInput.status"
            )
        elif status is None:
            status = unexpected_null("ContactInput.status")
        elif status is not UNSET and status is not None:
            status = mismatch(status, "ContactInput.status")

        contact_input = new_instance(cls)
        contact_input.name = name
        contact_input.surname = surname
        contact_input.email = email
        contact_input.phone_number = phone_number
        contact_input.number_type = number_type
        contact_input.country_code = country_code
        contact_input.timezone = timezone
        contact_input.primary_language = primary_language
        contact_input.preferred_contact_channel = preferred_contact_channel
        contact_input.preferred_contact_time = preferred_contact_time
        contact_input.status = status
        contact_input.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return contact_input

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

_FIELD_NAMES = frozenset(
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
