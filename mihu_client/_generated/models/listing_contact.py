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

T = TypeVar("T", bound="ListingContact")


@_attrs_define
class ListingContact:
    """Contact row for bulk import; matched to existing contacts by phone_number first, then email."""

    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    email: str | Unset = UNSET
    timezone: str | Unset = UNSET
    country_code: str | Unset = UNSET
    primary_language: str | Unset = UNSET
    preferred_contact_time: str | Unset = UNSET
    preferred_contact_channel: str | Unset = UNSET
    company: str | Unset = UNSET
    city: str | Unset = UNSET
    lead_source: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        surname = self.surname

        phone_number = self.phone_number

        email = self.email

        timezone = self.timezone

        country_code = self.country_code

        primary_language = self.primary_language

        preferred_contact_time = self.preferred_contact_time

        preferred_contact_channel = self.preferred_contact_channel

        company = self.company

        city = self.city

        lead_source = self.lead_source

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if preferred_contact_time is not UNSET:
            field_dict["preferred_contact_time"] = preferred_contact_time
        if preferred_contact_channel is not UNSET:
            field_dict["preferred_contact_channel"] = preferred_contact_channel
        if company is not UNSET:
            field_dict["company"] = company
        if city is not UNSET:
            field_dict["city"] = city
        if lead_source is not UNSET:
            field_dict["lead_source"] = lead_source
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("ListingContact.name")

        surname = d.get("surname", UNSET)
        if surname is None:
            surname = unexpected_null("ListingContact.surname")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("ListingContact.phone_number")

        email = d.get("email", UNSET)
        if email is None:
            email = unexpected_null("ListingContact.email")

        timezone = d.get("timezone", UNSET)
        if timezone is None:
            timezone = unexpected_null("ListingContact.timezone")

        country_code = d.get("country_code", UNSET)
        if country_code is None:
            country_code = unexpected_null("ListingContact.country_code")

        primary_language = d.get("primary_language", UNSET)
        if primary_language is None:
            primary_language = unexpected_null("ListingContact.primary_language")

        preferred_contact_time = d.get("preferred_contact_time", UNSET)
        if preferred_contact_time is None:
            preferred_contact_time = unexpected_null("ListingContact.preferred_contact_time")

        preferred_contact_channel = d.get("preferred_contact_channel", UNSET)
        if preferred_contact_channel is None:
            preferred_contact_channel = unexpected_null("ListingContact.preferred_contact_channel")

        company = d.get("company", UNSET)
        if company is None:
            company = unexpected_null("ListingContact.company")

        city = d.get("city", UNSET)
        if city is None:
            city = unexpected_null("ListingContact.city")

        lead_source = d.get("lead_source", UNSET)
        if lead_source is None:
            lead_source = unexpected_null("ListingContact.lead_source")

        notes = d.get("notes", UNSET)
        if notes is None:
            notes = unexpected_null("ListingContact.notes")

        listing_contact = new_instance(cls)
        listing_contact.name = name
        listing_contact.surname = surname
        listing_contact.phone_number = phone_number
        listing_contact.email = email
        listing_contact.timezone = timezone
        listing_contact.country_code = country_code
        listing_contact.primary_language = primary_language
        listing_contact.preferred_contact_time = preferred_contact_time
        listing_contact.preferred_contact_channel = preferred_contact_channel
        listing_contact.company = company
        listing_contact.city = city
        listing_contact.lead_source = lead_source
        listing_contact.notes = notes
        listing_contact.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingContact")
        )
        return listing_contact

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
        "name",
        "surname",
        "phone_number",
        "email",
        "timezone",
        "country_code",
        "primary_language",
        "preferred_contact_time",
        "preferred_contact_channel",
        "company",
        "city",
        "lead_source",
        "notes",
    )
)
