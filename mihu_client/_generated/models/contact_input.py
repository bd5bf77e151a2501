from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_input_status import ContactInputStatus
from ..types import UNSET, Unset

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
            status = self.status.value

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
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_number_type(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_type = _parse_number_type(d.pop("number_type", UNSET))

        country_code = d.pop("country_code", UNSET)

        timezone = d.pop("timezone", UNSET)

        primary_language = d.pop("primary_language", UNSET)

        preferred_contact_channel = d.pop("preferred_contact_channel", UNSET)

        preferred_contact_time = d.pop("preferred_contact_time", UNSET)

        _status = d.pop("status", UNSET)
        status: ContactInputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContactInputStatus(_status)

        contact_input = cls(
            name=name,
            surname=surname,
            email=email,
            phone_number=phone_number,
            number_type=number_type,
            country_code=country_code,
            timezone=timezone,
            primary_language=primary_language,
            preferred_contact_channel=preferred_contact_channel,
            preferred_contact_time=preferred_contact_time,
            status=status,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> str | None:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        contact_input.additional_properties = additional_properties
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
