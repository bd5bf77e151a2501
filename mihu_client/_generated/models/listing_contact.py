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
        v_name = self.name

        v_surname = self.surname

        v_phone_number = self.phone_number

        v_email = self.email

        v_timezone = self.timezone

        v_country_code = self.country_code

        v_primary_language = self.primary_language

        v_preferred_contact_time = self.preferred_contact_time

        v_preferred_contact_channel = self.preferred_contact_channel

        v_company = self.company

        v_city = self.city

        v_lead_source = self.lead_source

        v_notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_name is not UNSET:
            field_dict["name"] = v_name
        if v_surname is not UNSET:
            field_dict["surname"] = v_surname
        if v_phone_number is not UNSET:
            field_dict["phone_number"] = v_phone_number
        if v_email is not UNSET:
            field_dict["email"] = v_email
        if v_timezone is not UNSET:
            field_dict["timezone"] = v_timezone
        if v_country_code is not UNSET:
            field_dict["country_code"] = v_country_code
        if v_primary_language is not UNSET:
            field_dict["primary_language"] = v_primary_language
        if v_preferred_contact_time is not UNSET:
            field_dict["preferred_contact_time"] = v_preferred_contact_time
        if v_preferred_contact_channel is not UNSET:
            field_dict["preferred_contact_channel"] = v_preferred_contact_channel
        if v_company is not UNSET:
            field_dict["company"] = v_company
        if v_city is not UNSET:
            field_dict["city"] = v_city
        if v_lead_source is not UNSET:
            field_dict["lead_source"] = v_lead_source
        if v_notes is not UNSET:
            field_dict["notes"] = v_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("ListingContact.name")

        v_surname = d.get("surname", UNSET)
        if v_surname is None:
            v_surname = unexpected_null("ListingContact.surname")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("ListingContact.phone_number")

        v_email = d.get("email", UNSET)
        if v_email is None:
            v_email = unexpected_null("ListingContact.email")

        v_timezone = d.get("timezone", UNSET)
        if v_timezone is None:
            v_timezone = unexpected_null("ListingContact.timezone")

        v_country_code = d.get("country_code", UNSET)
        if v_country_code is None:
            v_country_code = unexpected_null("ListingContact.country_code")

        v_primary_language = d.get("primary_language", UNSET)
        if v_primary_language is None:
            v_primary_language = unexpected_null("ListingContact.primary_language")

        v_preferred_contact_time = d.get("preferred_contact_time", UNSET)
        if v_preferred_contact_time is None:
            v_preferred_contact_time = unexpected_null("ListingContact.preferred_contact_time")

        v_preferred_contact_channel = d.get("preferred_contact_channel", UNSET)
        if v_preferred_contact_channel is None:
            v_preferred_contact_channel = unexpected_null("ListingContact.preferred_contact_channel")

        v_company = d.get("company", UNSET)
        if v_company is None:
            v_company = unexpected_null("ListingContact.company")

        v_city = d.get("city", UNSET)
        if v_city is None:
            v_city = unexpected_null("ListingContact.city")

        v_lead_source = d.get("lead_source", UNSET)
        if v_lead_source is None:
            v_lead_source = unexpected_null("ListingContact.lead_source")

        v_notes = d.get("notes", UNSET)
        if v_notes is None:
            v_notes = unexpected_null("ListingContact.notes")

        _instance = new_instance(cls)
        _instance.name = v_name
        _instance.surname = v_surname
        _instance.phone_number = v_phone_number
        _instance.email = v_email
        _instance.timezone = v_timezone
        _instance.country_code = v_country_code
        _instance.primary_language = v_primary_language
        _instance.preferred_contact_time = v_preferred_contact_time
        _instance.preferred_contact_channel = v_preferred_contact_channel
        _instance.company = v_company
        _instance.city = v_city
        _instance.lead_source = v_lead_source
        _instance.notes = v_notes
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else unknown_fields(d, _FIELD_NAMES, "ListingContact")
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
