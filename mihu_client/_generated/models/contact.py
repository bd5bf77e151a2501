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
        v_uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            v_uuid = str(self.uuid) if isinstance(self.uuid, UUID) else self.uuid

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

        v_status = self.status

        v_created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            v_created_at = (
                self.created_at.isoformat() if isinstance(self.created_at, datetime.datetime) else self.created_at
            )

        v_updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            v_updated_at = (
                self.updated_at.isoformat() if isinstance(self.updated_at, datetime.datetime) else self.updated_at
            )

        v_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            if isinstance(self.tags, list):
                v_tags = []
                for v_tags_item_data in self.tags:
                    v_tags_item = (
                        v_tags_item_data.to_dict() if isinstance(v_tags_item_data, ContactTag) else v_tags_item_data
                    )
                    v_tags.append(v_tags_item)
            else:
                v_tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if v_uuid is not UNSET:
            field_dict["uuid"] = v_uuid
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
        if v_created_at is not UNSET:
            field_dict["created_at"] = v_created_at
        if v_updated_at is not UNSET:
            field_dict["updated_at"] = v_updated_at
        if v_tags is not UNSET:
            field_dict["tags"] = v_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON, keeping values that drift from the spec (see types.py)."""
        d = src_dict
        v_uuid = d.get("uuid", UNSET)
        if v_uuid.__class__ is str:
            v_uuid = parse_uuid(v_uuid, "Contact.uuid")
        elif v_uuid is None:
            v_uuid = unexpected_null("Contact.uuid")
        elif v_uuid is not UNSET and v_uuid is not None:
            v_uuid = mismatch(v_uuid, "Contact.uuid")

        v_name = d.get("name", UNSET)
        if v_name is None:
            v_name = unexpected_null("Contact.name")

        v_surname = d.get("surname", UNSET)
        if v_surname is None:
            v_surname = unexpected_null("Contact.surname")

        v_email = d.get("email", UNSET)
        if v_email is None:
            v_email = unexpected_null("Contact.email")

        v_phone_number = d.get("phone_number", UNSET)
        if v_phone_number is None:
            v_phone_number = unexpected_null("Contact.phone_number")

        v_number_type = d.get("number_type", UNSET)

        v_country_code = d.get("country_code", UNSET)
        if v_country_code is None:
            v_country_code = unexpected_null("Contact.country_code")

        v_timezone = d.get("timezone", UNSET)
        if v_timezone is None:
            v_timezone = unexpected_null("Contact.timezone")

        v_primary_language = d.get("primary_language", UNSET)
        if v_primary_language is None:
            v_primary_language = unexpected_null("Contact.primary_language")

        v_preferred_contact_channel = d.get("preferred_contact_channel", UNSET)
        if v_preferred_contact_channel is None:
            v_preferred_contact_channel = unexpected_null("Contact.preferred_contact_channel")

        v_preferred_contact_time = d.get("preferred_contact_time", UNSET)
        if v_preferred_contact_time is None:
            v_preferred_contact_time = unexpected_null("Contact.preferred_contact_time")

        v_status = d.get("status", UNSET)
        if v_status is None:
            v_status = unexpected_null("Contact.status")

        v_created_at = d.get("created_at", UNSET)
        if v_created_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_created_at = fromisoformat(v_created_at)
            except ValueError:
                v_created_at = parse_datetime(v_created_at, "Contact.created_at")
        elif v_created_at is None:
            v_created_at = unexpected_null("Contact.created_at")
        elif v_created_at is not UNSET and v_created_at is not None:
            v_created_at = mismatch(v_created_at, "Contact.created_at")

        v_updated_at = d.get("updated_at", UNSET)
        if v_updated_at.__class__ is str:
            try:  # the stdlib reads the formats the API is known to send; the helper covers the rest
                v_updated_at = fromisoformat(v_updated_at)
            except ValueError:
                v_updated_at = parse_datetime(v_updated_at, "Contact.updated_at")
        elif v_updated_at is None:
            v_updated_at = unexpected_null("Contact.updated_at")
        elif v_updated_at is not UNSET and v_updated_at is not None:
            v_updated_at = mismatch(v_updated_at, "Contact.updated_at")

        v_tags = d.get("tags", UNSET)
        if v_tags.__class__ is list:
            v_tags = [
                _from_dict_ContactTag(_i0) if _i0.__class__ is dict else odd_item(_i0, "Contact.tags", False)
                for _i0 in v_tags
            ]
        elif v_tags is None:
            v_tags = unexpected_null("Contact.tags")
        elif v_tags is not UNSET and v_tags is not None:
            v_tags = mismatch(v_tags, "Contact.tags")

        _instance = new_instance(cls)
        _instance.uuid = v_uuid
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
        _instance.created_at = v_created_at
        _instance.updated_at = v_updated_at
        _instance.tags = v_tags
        _instance.additional_properties = (
            {} if _FIELD_NAMES.issuperset(d) else {k: v for k, v in d.items() if k not in _FIELD_NAMES}
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
