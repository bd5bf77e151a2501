from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    fromisoformat,
    mismatch,
    new_instance,
    odd_item,
    parse_datetime,
    parse_uuid,
    unexpected_null,
)

if TYPE_CHECKING:
    from ..models.contact_tag import ContactTag


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact record. Every active custom contact field is also returned as an extra top-level string key (empty string
    when unset), so additional properties are allowed.

    """

    uuid: UUID | Unset = UNSET
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
    status: str | Unset = UNSET
    """ Contact status, e.g. Active, Inactive (Blacklisted after a blacklist call). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    tags: list[ContactTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

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

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict() if hasattr(tags_item_data, "to_dict") else tags_item_data
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        uuid = d.get("uuid", UNSET)
        if uuid.__class__ is str:
            uuid = parse_uuid(uuid, "Contact.uuid")
        elif uuid is None:
            uuid = unexpected_null("Contact.uuid")
        elif uuid is not UNSET and uuid is not None:
            uuid = mismatch(uuid, "Contact.uuid")

        name = d.get("name", UNSET)
        if name is None:
            name = unexpected_null("Contact.name")

        surname = d.get("surname", UNSET)
        if surname is None:
            surname = unexpected_null("Contact.surname")

        email = d.get("email", UNSET)
        if email is None:
            email = unexpected_null("Contact.email")

        phone_number = d.get("phone_number", UNSET)
        if phone_number is None:
            phone_number = unexpected_null("Contact.phone_number")

        number_type = d.get("number_type", UNSET)

        country_code = d.get("country_code", UNSET)
        if country_code is None:
            country_code = unexpected_null("Contact.country_code")

        timezone = d.get("timezone", UNSET)
        if timezone is None:
            timezone = unexpected_null("Contact.timezone")

        primary_language = d.get("primary_language", UNSET)
        if primary_language is None:
            primary_language = unexpected_null("Contact.primary_language")

        preferred_contact_channel = d.get("preferred_contact_channel", UNSET)
        if preferred_contact_channel is None:
            preferred_contact_channel = unexpected_null("Contact.preferred_contact_channel")

        preferred_contact_time = d.get("preferred_contact_time", UNSET)
        if preferred_contact_time is None:
            preferred_contact_time = unexpected_null("Contact.preferred_contact_time")

        status = d.get("status", UNSET)
        if status is None:
            status = unexpected_null("Contact.status")

        created_at = d.get("created_at", UNSET)
        if created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                created_at = fromisoformat(created_at)
            except ValueError:
                created_at = parse_datetime(created_at, "Contact.created_at")
        elif created_at is None:
            created_at = unexpected_null("Contact.created_at")
        elif created_at is not UNSET and created_at is not None:
            created_at = mismatch(created_at, "Contact.created_at")

        updated_at = d.get("updated_at", UNSET)
        if updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                updated_at = fromisoformat(updated_at)
            except ValueError:
                updated_at = parse_datetime(updated_at, "Contact.updated_at")
        elif updated_at is None:
            updated_at = unexpected_null("Contact.updated_at")
        elif updated_at is not UNSET and updated_at is not None:
            updated_at = mismatch(updated_at, "Contact.updated_at")

        tags = d.get("tags", UNSET)
        if tags.__class__ is list:
            tags = [
                _from_dict_ContactTag(_i0) if _i0.__class__ is dict else odd_item(_i0, "Contact.tags", False)
                for _i0 in tags
            ]
        elif tags is None:
            tags = unexpected_null("Contact.tags")
        elif tags is not UNSET and tags is not None:
            tags = mismatch(tags, "Contact.tags")

        contact = new_instance(cls)
        contact.uuid = uuid
        contact.name = name
        contact.surname = surname
        contact.email = email
        contact.phone_number = phone_number
        contact.number_type = number_type
        contact.country_code = country_code
        contact.timezone = timezone
        contact.primary_language = primary_language
        contact.preferred_contact_channel = preferred_contact_channel
        contact.preferred_contact_time = preferred_contact_time
        contact.status = status
        contact.created_at = created_at
        contact.updated_at = updated_at
        contact.tags = tags
        contact.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
        )
        return contact

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
        "uuid",
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
        "created_at",
        "updated_at",
        "tags",
    )
)

from ..models.contact_tag import ContactTag

_from_dict_ContactTag = ContactTag.from_dict
